import { describe, expect, it } from 'vitest';
import { migratePartTimeData, readPartTimeData } from './saved-part-time-format';
import { EMPTY_PART_TIME } from './saved-shapes';

describe('migratePartTimeData', () => {
  it('gives every period saved by version 1 an id, keeping everything else as saved', () => {
    const version1 = {
      calculator: {
        answers: { stage: 'st5' },
        changes: [
          { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
          { kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
        ],
      },
      scenarios: {
        'plan:x': [
          {
            id: 's1',
            name: 'More leave',
            changes: [{ kind: 'unpaid-leave', start: '2029-01-01', end: '2029-01-31' }],
          },
        ],
      },
    };
    expect(migratePartTimeData(version1, 1)).toEqual({
      calculator: {
        answers: { stage: 'st5' },
        changes: [
          { id: 'p1', kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
          { id: 'p2', kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
        ],
      },
      scenarios: {
        'plan:x': [
          {
            id: 's1',
            name: 'More leave',
            changes: [{ id: 'p1', kind: 'unpaid-leave', start: '2029-01-01', end: '2029-01-31' }],
          },
        ],
      },
    });
    expect(migratePartTimeData(version1, 2)).toBe(version1);
  });
});

describe('readPartTimeData', () => {
  it('keeps every part that parses and leaves out the rest', () => {
    expect(
      readPartTimeData({
        calculator: {
          answers: { stage: 'st5', currentCct: 20290805, wtePercent: 80, trainingLeft: 'maybe' },
          changes: [{ kind: 'ltft', start: '2027-08-04', wte: 0.6 }, 'not a period', null],
        },
        scenarios: {
          calculator: [
            { id: 'a', name: ' Full time ', changes: 'nonsense' },
            { id: 'a', name: 'Same id again', changes: [] },
            { id: 'b', name: '', changes: [] },
            { id: 'c', name: 'Third', changes: [{ kind: 'oope' }] },
            { id: 'd', name: 'Fourth', changes: [] },
          ],
          'plan:x': 'not a list',
          somebody: [{ id: 'e', name: 'Unknown owner', changes: [] }],
        },
      }),
    ).toEqual({
      calculator: {
        answers: { stage: 'st5', wtePercent: 80 },
        // Each period is typed, with an id; one with no dates is not a period Pathway can read.
        changes: [{ id: 'p1', kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 }],
      },
      scenarios: {
        calculator: [
          { id: 'a', name: 'Full time', changes: [] },
          { id: 'c', name: 'Third', changes: [] },
          // More than one tab can add (two tabs adding at once), up to MAX_SCENARIOS_KEPT, is kept.
          { id: 'd', name: 'Fourth', changes: [] },
        ],
      },
    });
  });

  it('reads anything else as nothing saved', () => {
    expect(readPartTimeData(undefined)).toEqual(EMPTY_PART_TIME);
    expect(readPartTimeData(null)).toEqual(EMPTY_PART_TIME);
    expect(readPartTimeData([1, 2])).toEqual(EMPTY_PART_TIME);
    expect(readPartTimeData({ calculator: 'x', scenarios: 3 })).toEqual(EMPTY_PART_TIME);
  });
});
