/**
 * Names for the files Pathway makes (the plan file, the calendar file). A name may hold only what the
 * person typed as the plan's name and the day the file was made: never a date of birth or any other
 * answer, since file names show up in download lists, email attachments and shared folders.
 */
import type { IsoDate } from '../dates';

/** The plan's name in letters, digits and hyphens only, so every system accepts it; may be empty. */
export function fileNameSlug(planName: string): string {
  return planName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `pathway-plan-<plan name>-<YYYY-MM-DD>.<extension>`, or without the name when it has no letters. */
export function downloadFileName(
  planName: string,
  madeOn: IsoDate,
  extension: 'json' | 'ics',
): string {
  const slug = fileNameSlug(planName);
  return `pathway-plan-${slug === '' ? '' : `${slug}-`}${madeOn}.${extension}`;
}
