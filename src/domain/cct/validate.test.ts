import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { type CctIssue } from './types';
import { validateCctInput } from './validate';

const programme = { start: '2026-08-05', fullTimeCct: '2030-08-04' };

function issuesFor(changes: unknown[], extra: Record<string, unknown> = {}) {
  const result = validateCctInput({ today: '2026-11-25', programme, changes, ...extra });
  return {
    errors: result.ok ? [] : result.errors,
    warnings: result.warnings,
  };
}

function fields(issues: readonly CctIssue[]): string[] {
  return issues.map((issue) => issue.field);
}

function expectPlainEnglish(issue: CctIssue): void {
  expect(issue.message).toMatch(/^[A-Z]/);
  // Each message is whole sentences, ending with a full stop (the part-time pages show them as given).
  expect(issue.message).toMatch(/[^.]\.$/);
  expect(issue.message).not.toMatch(/undefined|null|NaN|\[object/);
}

describe('validateCctInput', () => {
  it('accepts a well-formed plan and fills in the stage', () => {
    const result = validateCctInput({
      today: '2026-11-25',
      programme,
      changes: [{ kind: 'ltft', start: '2026-08-05', end: null, wte: 0.8 }],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input.programme.stage).toBe('higher');
      expect(result.input.changes).toEqual([
        { kind: 'ltft', start: '2026-08-05', end: null, wte: 0.8 },
      ]);
    }
  });

  it('treats missing changes as none, and a missing end as open-ended', () => {
    expect(validateCctInput({ today: '2026-11-25', programme }).ok).toBe(true);
    const result = validateCctInput({
      today: '2026-11-25',
      programme,
      changes: [{ kind: 'oopt', start: '2027-08-04' }],
    });
    expect(result.ok && result.input.changes[0]?.end).toBeNull();
  });

  it.each([
    ['today missing', { programme }, 'today'],
    ['today not a date', { today: '2026-13-01', programme }, 'today'],
    ['programme missing', { today: '2026-11-25' }, 'programme'],
    [
      'programme start impossible',
      { today: '2026-11-25', programme: { ...programme, start: '2026-02-30' } },
      'programme.start',
    ],
    [
      'full-time CCT missing',
      { today: '2026-11-25', programme: { start: '2026-08-05' } },
      'programme.fullTimeCct',
    ],
    [
      'full-time CCT before start',
      { today: '2026-11-25', programme: { ...programme, fullTimeCct: '2026-08-04' } },
      'programme.fullTimeCct',
    ],
    [
      'programme of 20 years or more',
      { today: '2026-11-25', programme: { ...programme, fullTimeCct: '2046-08-05' } },
      'programme.fullTimeCct',
    ],
    [
      'unknown stage',
      { today: '2026-11-25', programme: { ...programme, stage: 'st4' } },
      'programme.stage',
    ],
    ['changes not a list', { today: '2026-11-25', programme, changes: {} }, 'changes'],
    [
      'too many changes',
      { today: '2026-11-25', programme, changes: Array.from({ length: 201 }, () => ({})) },
      'changes',
    ],
  ])('rejects %s', (_label, input, field) => {
    const result = validateCctInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(fields(result.errors)).toEqual([field]);
      result.errors.forEach(expectPlainEnglish);
    }
  });

  it('allows a one-day programme and one just under 20 years', () => {
    expect(
      validateCctInput({
        today: '2026-11-25',
        programme: { start: '2026-08-05', fullTimeCct: '2026-08-05' },
      }).ok,
    ).toBe(true);
    expect(
      validateCctInput({
        today: '2026-11-25',
        programme: { start: '2026-08-05', fullTimeCct: '2046-08-04' },
      }).ok,
    ).toBe(true);
  });

  it.each([
    ['not an object', ['ltft'], 'changes[0]'],
    ['no kind', [{ start: '2027-01-01', end: '2027-02-01' }], 'changes[0].kind'],
    ['no start', [{ kind: 'oope', end: '2027-02-01' }], 'changes[0].start'],
    [
      'impossible end',
      [{ kind: 'oope', start: '2027-01-01', end: '2027-02-29' }],
      'changes[0].end',
    ],
    [
      'end before start',
      [{ kind: 'oope', start: '2027-01-02', end: '2027-01-01' }],
      'changes[0].end',
    ],
    [
      'before the programme',
      [{ kind: 'oopt', start: '2026-08-04', end: '2027-01-01' }],
      'changes[0].start',
    ],
    ['WTE missing', [{ kind: 'ltft', start: '2027-01-01', end: null }], 'changes[0].wte'],
    [
      'WTE as text',
      [{ kind: 'ltft', start: '2027-01-01', end: null, wte: '0.8' }],
      'changes[0].wte',
    ],
    [
      'WTE above 1',
      [{ kind: 'ltft', start: '2027-01-01', end: null, wte: 1.01 }],
      'changes[0].wte',
    ],
    [
      'WTE below 0.2',
      [{ kind: 'ltft', start: '2027-01-01', end: null, wte: 0.19 }],
      'changes[0].wte',
    ],
    [
      'WTE not a number',
      [{ kind: 'ltft', start: '2027-01-01', end: null, wte: Number.NaN }],
      'changes[0].wte',
    ],
    [
      'credit missing',
      [{ kind: 'oopr', start: '2027-01-01', end: '2028-01-01' }],
      'changes[0].credit',
    ],
    [
      'credit negative',
      [{ kind: 'oopr', start: '2027-01-01', end: '2028-01-01', credit: -0.1 }],
      'changes[0].credit',
    ],
    [
      'credit above 1',
      [{ kind: 'oopr', start: '2027-01-01', end: '2028-01-01', credit: 1.1 }],
      'changes[0].credit',
    ],
    [
      'open OOPR with no credit',
      [{ kind: 'oopr', start: '2027-01-01', end: null, credit: 0 }],
      'changes[0].end',
    ],
    [
      'open parental leave',
      [{ kind: 'parental-leave', start: '2027-01-01', end: null }],
      'changes[0].end',
    ],
    ['open unpaid leave', [{ kind: 'unpaid-leave', start: '2027-01-01' }], 'changes[0].end'],
    ['open sickness', [{ kind: 'sickness', start: '2027-01-01', end: null }], 'changes[0].end'],
    [
      'fractional working days',
      [{ kind: 'sickness', start: '2027-01-04', end: '2027-01-08', workingDaysAbsent: 2.5 }],
      'changes[0].workingDaysAbsent',
    ],
    [
      'negative working days',
      [{ kind: 'sickness', start: '2027-01-04', end: '2027-01-08', workingDaysAbsent: -1 }],
      'changes[0].workingDaysAbsent',
    ],
  ])('rejects a change with %s', (_label, changes, field) => {
    const { errors } = issuesFor(changes);
    expect(fields(errors)).toEqual([field]);
    errors.forEach(expectPlainEnglish);
  });

  it('accepts the limits: WTE 0.2 and 1.0, credit 0 and 1, working days 0 and all', () => {
    const { errors } = issuesFor([
      { kind: 'ltft', start: '2026-08-05', end: '2026-12-31', wte: 0.2 },
      { kind: 'ltft', start: '2027-01-01', end: '2027-06-30', wte: 1 },
      { kind: 'oopr', start: '2027-07-01', end: '2027-12-31', credit: 0 },
      { kind: 'oopr', start: '2028-01-01', end: '2028-06-30', credit: 1 },
      { kind: 'sickness', start: '2028-07-03', end: '2028-07-07', workingDaysAbsent: 0 },
      { kind: 'sickness', start: '2028-08-07', end: '2028-08-11', workingDaysAbsent: 5 },
    ]);
    expect(errors).toEqual([]);
  });

  describe('overlaps', () => {
    it('names the later period, by start date then by position', () => {
      expect(
        fields(
          issuesFor([
            { kind: 'ltft', start: '2027-09-01', end: '2028-08-31', wte: 0.6 },
            { kind: 'ltft', start: '2026-08-05', end: null, wte: 0.8 },
            { kind: 'oopc', start: '2029-01-01', end: '2029-12-31' },
          ]).errors,
        ),
      ).toEqual(['changes[0].start']);
      expect(
        fields(
          issuesFor([
            { kind: 'oope', start: '2027-09-01', end: '2027-09-30' },
            { kind: 'oopc', start: '2027-09-01', end: '2027-09-30' },
          ]).errors,
        ),
      ).toEqual(['changes[1].start']);
    });

    it('lets time away fall inside a part-time period, whichever is listed first', () => {
      expect(
        issuesFor([
          { kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
          { kind: 'ltft', start: '2027-08-04', end: null, wte: 0.6 },
          { kind: 'oopr', start: '2029-08-01', end: '2030-07-31', credit: 0.5 },
          { kind: 'oopc', start: '2030-09-01', end: '2031-02-28' },
        ]).errors,
      ).toEqual([]);
      // Time away may also start inside one part-time period and end after it.
      expect(
        issuesFor([
          { kind: 'ltft', start: '2026-08-05', end: '2027-08-04', wte: 0.8 },
          { kind: 'oopc', start: '2027-06-01', end: '2027-12-31' },
        ]).errors,
      ).toEqual([]);
    });

    it('says how to put right two part-time periods at once, or two kinds of time away', () => {
      const hours = issuesFor([
        { kind: 'ltft', start: '2026-08-05', end: null, wte: 0.8 },
        { kind: 'ltft', start: '2028-03-01', end: '2028-08-31', wte: 0.6 },
      ]).errors;
      expect(fields(hours)).toEqual(['changes[1].start']);
      expect(hours[0]?.message).toContain(
        'End the first part-time period before 1 March 2028, or change the start of the second',
      );
      const away = issuesFor([
        { kind: 'parental-leave', start: '2028-03-01', end: '2028-08-31' },
        { kind: 'unpaid-leave', start: '2028-08-01', end: '2028-09-30' },
      ]).errors;
      expect(fields(away)).toEqual(['changes[1].start']);
      expect(away[0]?.message).toContain(
        'End the parental leave before 1 August 2028, or change the dates of the unpaid leave',
      );
    });

    it('treats touching periods as not overlapping', () => {
      expect(
        issuesFor([
          { kind: 'ltft', start: '2026-08-05', end: '2027-08-04', wte: 0.8 },
          { kind: 'oopc', start: '2027-08-05', end: '2027-12-31' },
        ]).errors,
      ).toEqual([]);
    });

    it('lets sickness fall within work, but not within other sickness or time away', () => {
      expect(
        issuesFor([
          { kind: 'ltft', start: '2026-08-05', end: null, wte: 0.6 },
          { kind: 'sickness', start: '2027-01-04', end: '2027-01-08' },
          { kind: 'sickness', start: '2027-02-01', end: '2027-02-05' },
        ]).errors,
      ).toEqual([]);
      // OOPT and OOPR are time away too, even though they count towards training.
      const away = issuesFor([
        { kind: 'oopt', start: '2027-01-01', end: '2027-12-31' },
        { kind: 'oopr', start: '2028-01-01', end: '2028-12-31', credit: 0.5 },
        { kind: 'sickness', start: '2027-12-20', end: '2028-01-10' },
      ]).errors;
      expect(fields(away)).toEqual(['changes[2].start', 'changes[1].start']);
      expect(away[0]?.message).toContain('Remove the sickness absence, or change its dates');
      const clash = issuesFor([
        { kind: 'sickness', start: '2027-01-04', end: '2027-01-15' },
        { kind: 'sickness', start: '2027-01-11', end: '2027-01-22' },
        { kind: 'unpaid-leave', start: '2027-01-20', end: '2027-01-29' },
      ]).errors;
      expect(fields(clash)).toEqual(['changes[1].start', 'changes[2].start']);
      expect(clash[0]?.message).toContain('4 January 2027 to 15 January 2027');
    });
  });

  describe('warnings', () => {
    it.each([
      [
        'WTE below 0.5',
        { kind: 'ltft', start: '2026-08-05', end: null, wte: 0.45 },
        'changes[0].wte',
      ],
      [
        'OOPT over a year',
        { kind: 'oopt', start: '2027-08-04', end: '2028-08-04' },
        'changes[0].end',
      ],
      [
        'OOPE over a year',
        { kind: 'oope', start: '2027-08-04', end: '2028-08-04' },
        'changes[0].end',
      ],
      [
        'OOPP over a year',
        { kind: 'oopp', start: '2027-08-04', end: '2028-08-04' },
        'changes[0].end',
      ],
      [
        'OOPC over two years',
        { kind: 'oopc', start: '2027-08-04', end: '2029-08-04' },
        'changes[0].end',
      ],
      [
        'OOPR over three years',
        { kind: 'oopr', start: '2027-08-04', end: '2030-08-04', credit: 0.25 },
        'changes[0].end',
      ],
      [
        'OOPR credit over a year',
        { kind: 'oopr', start: '2027-08-04', end: '2029-08-03', credit: 0.6 },
        'changes[0].credit',
      ],
      [
        'parental leave over 52 weeks',
        { kind: 'parental-leave', start: '2027-03-01', end: '2028-02-28' },
        'changes[0].end',
      ],
      [
        'LTFT within 16 weeks',
        { kind: 'ltft', start: '2027-03-16', end: null, wte: 0.8 },
        'changes[0].start',
      ],
    ])('warns about %s', (_label, change, field) => {
      const { errors, warnings } = issuesFor([change]);
      expect(errors).toEqual([]);
      expect(fields(warnings)).toEqual([field]);
      warnings.forEach(expectPlainEnglish);
    });

    it.each([
      ['WTE of exactly 0.5', { kind: 'ltft', start: '2026-08-05', end: null, wte: 0.5 }],
      ['OOPT of exactly 12 months', { kind: 'oopt', start: '2027-08-04', end: '2028-08-03' }],
      ['OOPC of exactly 2 years', { kind: 'oopc', start: '2027-08-04', end: '2029-08-03' }],
      [
        'parental leave of 52 weeks',
        { kind: 'parental-leave', start: '2027-03-01', end: '2028-02-27' },
      ],
      ['LTFT 16 weeks ahead', { kind: 'ltft', start: '2027-03-17', end: null, wte: 0.8 }],
      ['LTFT that has already started', { kind: 'ltft', start: '2026-09-01', end: null, wte: 0.8 }],
    ])('does not warn about %s', (_label, change) => {
      expect(issuesFor([change])).toEqual({ errors: [], warnings: [] });
    });

    // Today is 25 November 2026. Scotland asks for 3 months (apply by the same day 3 months before),
    // Wales for 4 months; Pathway found no figure for Northern Ireland, so it gives no warning there.
    it.each([
      ['england', '2027-03-16', true],
      ['england', '2027-03-17', false],
      ['scotland', '2027-02-24', true],
      ['scotland', '2027-02-25', false],
      ['wales', '2027-03-24', true],
      ['wales', '2027-03-25', false],
      ['northern-ireland', '2026-11-26', false],
    ] as const)('in %s, LTFT from %s warns about notice: %s', (nation, start, warns) => {
      const { errors, warnings } = issuesFor([{ kind: 'ltft', start, end: null, wte: 0.8 }], {
        nation,
      });
      expect(errors).toEqual([]);
      expect(fields(warnings)).toEqual(warns ? ['changes[0].start'] : []);
      warnings.forEach(expectPlainEnglish);
    });

    it('names the nation in the notice warning', () => {
      const { warnings } = issuesFor([{ kind: 'ltft', start: '2027-01-04', end: null, wte: 0.8 }], {
        nation: 'scotland',
      });
      expect(warnings[0]?.message).toBe(
        'In Scotland you need to give at least 3 months’ notice to train less than full time. Check the start date with your training programme director.',
      );
    });
  });

  it('keeps the nation it is given, and says when it is not one of the four', () => {
    const scotland = validateCctInput({
      today: '2026-11-25',
      programme,
      changes: [],
      nation: 'scotland',
    });
    expect(scotland.ok && scotland.input.nation).toBe('scotland');
    const none = validateCctInput({ today: '2026-11-25', programme, changes: [] });
    expect(none.ok && none.input).not.toHaveProperty('nation');
    const { errors } = issuesFor([], { nation: 'france' });
    expect(errors).toEqual([
      {
        field: 'nation',
        code: 'invalid-type',
        message: 'Choose the nation you train in: england, scotland, wales or northern-ireland.',
      },
    ]);
  });

  test.prop([fc.anything()])(
    'never throws, and every issue names a field in plain English',
    (input) => {
      const result = validateCctInput(input);
      const issues = [...(result.ok ? [] : result.errors), ...result.warnings];
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.field.length).toBeGreaterThan(0);
        expectPlainEnglish(issue);
      }
    },
  );

  test.prop([
    fc.record({
      today: fc.oneof(fc.constant('2026-11-25'), fc.string()),
      programme: fc.record(
        {
          start: fc.oneof(fc.constant('2026-08-05'), fc.string(), fc.constant(null)),
          fullTimeCct: fc.oneof(fc.constant('2030-08-04'), fc.constant('2026-08-01'), fc.integer()),
          stage: fc.constantFrom('foundation', 'core', 'higher', 'st7'),
        },
        { requiredKeys: [] },
      ),
      changes: fc.array(
        fc.record(
          {
            kind: fc.constantFrom('ltft', 'oopt', 'oopr', 'oope', 'sickness', 'unpaid-leave', 'x'),
            start: fc.constantFrom('2026-08-05', '2027-02-29', '2027-05-01', '2031-01-01', ''),
            end: fc.constantFrom(null, '2027-04-30', '2027-12-31', 'soon'),
            wte: fc.oneof(fc.double(), fc.constantFrom(0.2, 0.5, 0.8)),
            credit: fc.oneof(fc.double(), fc.constantFrom(0, 0.5, 1)),
            workingDaysAbsent: fc.oneof(fc.integer({ min: -2, max: 400 }), fc.double()),
          },
          { requiredKeys: ['kind'] },
        ),
        { maxLength: 6 },
      ),
    }),
  ])('never throws on near-miss plans', (input) => {
    const result = validateCctInput(input);
    for (const issue of result.ok ? result.warnings : result.errors) expectPlainEnglish(issue);
  });
});
