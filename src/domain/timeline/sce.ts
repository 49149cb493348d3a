/** Specialty Certificate Examination diets: published dates, then one every 9 months. */
import { type DateBasis } from './types';
import { type IsoDate, addMonths, isoDate, monthOf, yearOf } from '../dates';
import { specialtyCertificateExam } from '../rules/specialty';

export type SceDiet = { readonly date: IsoDate; readonly basis: DateBasis };

const { everyMonths, publishedDiets, projectedDayOfMonth } = specialtyCertificateExam.value;

/**
 * The first diet on or after `from`. After the last published diet, diets are projected every 9 months
 * on the 16th; before the first, they are projected back 9 months at a time from it.
 */
export function firstSceDietOnOrAfter(from: IsoDate): SceDiet {
  const published = publishedDiets.find((diet) => diet >= from);
  const first = publishedDiets[0];
  const last = publishedDiets[publishedDiets.length - 1];
  if (first === undefined || last === undefined)
    throw new Error('The SCE rule must list at least one diet');

  if (from < first) {
    // Walk back from the first published diet while the diet before it is still on or after `from`.
    let diet = first;
    for (
      let before = addMonths(first, -everyMonths);
      before >= from;
      before = addMonths(before, -everyMonths)
    ) {
      diet = before;
    }
    return { date: diet, basis: diet === first ? 'published' : 'estimate' };
  }
  if (published !== undefined) return { date: published, basis: 'published' };

  let diet = last;
  while (diet < from) {
    const next = addMonths(diet, everyMonths);
    diet = isoDate(yearOf(next), monthOf(next), projectedDayOfMonth);
  }
  return { date: diet, basis: 'estimate' };
}
