/**
 * Before Pathway asked each nation's own school years, every pupil gave their year in England and Wales
 * numbering (Years 9 to 13), whatever their nation. This turns such a year into the nation's own, at the
 * same point in school (the final year stays the final year), so the route is exactly as it was: a
 * Northern Ireland pupil's Year 11 becomes Year 12, a Scottish pupil's Year 13 becomes S6.
 */
import { schoolYearInNation } from './school-years';

type Fields = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Answers saved or linked before school years followed the nation, with a pupil's year turned into the
 * nation's own numbering; anything else is returned as it was. Never throws.
 */
export function answersWithNationSchoolYear(answers: unknown): unknown {
  if (!isRecord(answers) || !isRecord(answers.now)) return answers;
  const { now } = answers;
  if (now.stage !== 'school' || typeof now.yearGroup !== 'number') return answers;
  return {
    ...answers,
    now: { ...now, yearGroup: schoolYearInNation('england', answers.nation, now.yearGroup) },
  };
}
