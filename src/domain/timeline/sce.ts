/** Specialty Certificate Examination diets: published dates, then one every 9 months. */
import { type DateBasis } from './types';
import { type IsoDate, dayOf, isoDate, monthOf, yearOf } from '../dates';
import { specialtyCertificateExam } from '../rules/specialty';

export type SceDiet = { readonly date: IsoDate; readonly basis: DateBasis };

const { everyMonths, publishedDiets, projectedDayOfMonth } = specialtyCertificateExam.value;

const MONTHS_PER_YEAR = 12;

function monthIndex(date: IsoDate): number {
  return yearOf(date) * MONTHS_PER_YEAR + monthOf(date) - 1;
}

function dietInMonth(index: number, day: number): IsoDate {
  return isoDate(Math.floor(index / MONTHS_PER_YEAR), (index % MONTHS_PER_YEAR) + 1, day);
}

/**
 * The first diet on or after `from`. After the last published diet, diets are projected every 9 months
 * on the 16th; before the first, every 9 months back from it on the same day of the month.
 */
export function firstSceDietOnOrAfter(from: IsoDate): SceDiet {
  const first = publishedDiets[0];
  const last = publishedDiets[publishedDiets.length - 1];
  if (first === undefined || last === undefined)
    throw new Error('The SCE rule must list at least one diet');

  if (from < first) {
    // Step back whole cycles from the first published diet while the diet before is still on or after `from`.
    const day = dayOf(first);
    let cyclesBack = Math.floor((monthIndex(first) - monthIndex(from)) / everyMonths);
    if (dietInMonth(monthIndex(first) - cyclesBack * everyMonths, day) < from) cyclesBack -= 1;
    return cyclesBack <= 0
      ? { date: first, basis: 'published' }
      : { date: dietInMonth(monthIndex(first) - cyclesBack * everyMonths, day), basis: 'estimate' };
  }
  const published = publishedDiets.find((diet) => diet >= from);
  if (published !== undefined) return { date: published, basis: 'published' };

  let cyclesOn = Math.max(1, Math.ceil((monthIndex(from) - monthIndex(last)) / everyMonths));
  if (dietInMonth(monthIndex(last) + cyclesOn * everyMonths, projectedDayOfMonth) < from)
    cyclesOn += 1;
  return {
    date: dietInMonth(monthIndex(last) + cyclesOn * everyMonths, projectedDayOfMonth),
    basis: 'estimate',
  };
}
