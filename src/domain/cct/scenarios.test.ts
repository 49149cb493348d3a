import { describe, expect, it } from 'vitest';
import { MAX_SCENARIOS, scenarioRows } from './scenarios';
import { d } from '../../../tests/support/dates';

describe('scenarioRows', () => {
  it('puts the current plan first and compares each scenario with it', () => {
    expect(MAX_SCENARIOS).toBe(2);
    expect(
      scenarioRows({ id: null, name: 'Your plan', cct: d('2029-08-05'), problem: null }, [
        { id: 'a', name: '60% from next August', cct: d('2030-12-07'), problem: null },
        { id: 'b', name: 'Stay full time', cct: d('2029-08-05'), problem: null },
        { id: 'c', name: 'Broken', cct: null, problem: 'Enter the end date' },
      ]),
    ).toEqual([
      {
        id: null,
        name: 'Your plan',
        cct: '2029-08-05',
        problem: null,
        difference: null,
        isCurrent: true,
      },
      {
        id: 'a',
        name: '60% from next August',
        cct: '2030-12-07',
        problem: null,
        difference: '16 months and 2 days later',
        isCurrent: false,
      },
      {
        id: 'b',
        name: 'Stay full time',
        cct: '2029-08-05',
        problem: null,
        difference: 'the same date',
        isCurrent: false,
      },
      {
        id: 'c',
        name: 'Broken',
        cct: null,
        problem: 'Enter the end date',
        difference: null,
        isCurrent: false,
      },
    ]);
  });
});
