import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates';
import { downloadFileName } from './plan-file-name';

const TODAY = '2026-12-07' as IsoDate;

describe('downloadFileName', () => {
  it.each([
    ['Year 11 plan', 'json', 'pathway-plan-year-11-plan-2026-12-07.json'],
    ['Year 11 plan', 'ics', 'pathway-plan-year-11-plan-2026-12-07.ics'],
    [
      'Academic route (copy of Zoë’s plan)',
      'json',
      'pathway-plan-academic-route-copy-of-zoe-s-plan-2026-12-07.json',
    ],
    ['  ', 'json', 'pathway-plan-2026-12-07.json'],
    ['📅', 'ics', 'pathway-plan-2026-12-07.ics'],
    ['a'.repeat(100), 'json', `pathway-plan-${'a'.repeat(60)}-2026-12-07.json`],
  ] as const)('names a file of %j (.%s) %j', (planName, extension, fileName) => {
    expect(downloadFileName(planName, TODAY, extension)).toBe(fileName);
  });

  it('holds only the plan’s name and the day it was made, nothing else from the plan', () => {
    // The name is all the function is given: a date of birth cannot reach it unless typed as the name.
    expect(downloadFileName('Plan 1', TODAY, 'json')).toBe('pathway-plan-plan-1-2026-12-07.json');
  });
});
