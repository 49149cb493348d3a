/** Pay for a doctor in another post: worked out from the training the plan dates, never their post. */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../timeline/build-timeline';
import { payForTimeline } from './pay-for-timeline';

describe('pay for a doctor in another post', () => {
  it.each([
    ['by the Alternative Certificate', 'alternative-certificate', 'st4', '2027-08-04'],
    ['starting IMT', 'core-training', 'core-1', '2028-08-02'],
  ])(
    '%s starts at the first training post and gives no figure before it',
    (_label, st4Route, grade, start) => {
      const built = buildTimeline(
        { dateOfBirth: '1996-05-10', now: { stage: 'other-post' }, st4Route, mrcp: 'part-1' },
        '2026-12-07',
      );
      if (!built.ok) throw new Error(JSON.stringify(built.errors));
      const pay = payForTimeline(built.timeline);
      if (!pay.ok) throw new Error('no pay');
      const parts = pay.years.flatMap((year) => year.parts);
      const first = parts.find((part) => part.grade !== null);
      expect(first?.grade).toBe(grade);
      expect(first?.start).toBe(start);
      for (const part of parts.filter((item) => item.start < start)) expect(part.amount).toBeNull();
      expect(pay.notes.find((note) => note.id === 'before-plan')?.message).toContain(
        start.slice(0, 4),
      );
    },
  );
});
