/** Two saved plans, as the plans store keeps them, that the reader and store tests share. */
import type { SavedPlan } from '../../src/domain/plan/saved-shapes';

export const PLAN_A: SavedPlan = {
  id: 'plan-a',
  name: 'Plan 1',
  answers: { dateOfBirth: '2011-03-14', now: { stage: 'school', yearGroup: 11 } },
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
};

export const PLAN_B: SavedPlan = {
  id: 'plan-b',
  name: 'Graduate entry',
  answers: { nation: 'wales', medicalSchoolRoute: 'graduate-entry' },
  createdAt: '2026-11-03T09:00:00.000Z',
  updatedAt: '2026-11-04T09:00:00.000Z',
};
