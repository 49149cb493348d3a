import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildTimeline } from '../timeline/build-timeline';
import { conflicts } from './conflicts';
import { ucasMedicineDeadline } from './entry';
import { allRules, findRule, findSource, sources } from './index';
import { sourceLabel } from './source';
import { conflictSchema, ruleSchema, sourceSchema } from './schema';
import { coreApplicationWindow, specialtyCertificateExam } from './specialty';
import { latestDateToday } from '../../../tests/support/dates';

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function schemaProblems(schema: z.ZodMiniType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : [z.prettifyError(parsed.error)];
}

function checkedOnProblems(value: unknown, today: string): string[] {
  const checkedOn = (value as { checkedOn?: unknown } | null)?.checkedOn;
  return typeof checkedOn === 'string' && checkedOn > today
    ? [`checked on ${checkedOn}, after today (${today})`]
    : [];
}

/** The gate every rule must pass: the schema, and a checked-on date no later than today. */
function ruleProblems(rule: unknown, today = latestDateToday()): string[] {
  return [...schemaProblems(ruleSchema, rule), ...checkedOnProblems(rule, today)];
}

function sourceProblems(source: unknown, today = latestDateToday()): string[] {
  return [...schemaProblems(sourceSchema, source), ...checkedOnProblems(source, today)];
}

/** A conflict must parse, be checked no later than today, and set at least two different sources side by side. */
function conflictProblems(conflict: unknown, today = latestDateToday()): string[] {
  const problems = [
    ...schemaProblems(conflictSchema, conflict),
    ...checkedOnProblems(conflict, today),
  ];
  const claims = (conflict as { claims?: unknown } | null)?.claims;
  if (Array.isArray(claims)) {
    const sourceIds = new Set(claims.map((claim: { sourceId?: unknown }) => claim.sourceId));
    if (sourceIds.size < 2) problems.push('the claims come from fewer than two different sources');
  }
  return problems;
}

function duplicateIds(items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}

describe('rules', () => {
  it('collects the rules of every topic, including grouped ones', () => {
    const ids = allRules.map((rule) => rule.id);
    for (const id of [
      'ucas-medicine-deadline',
      'ucat-published-dates',
      'course-length-standard',
      'course-length-graduate-entry',
      'intercalation-year',
      'foundation-programme-length',
      'rotation-start',
      'imt-length',
      'accs-im-length',
      'higher-training-length',
      'sce-diets',
      'higher-training-rotations',
      'palliative-consultant-workforce-2012',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(allRules.map((rule) => [rule.id, rule] as const))(
    '%s parses, with a checked-on date no later than today',
    (_id, rule) => {
      expect(ruleProblems(rule)).toEqual([]);
    },
  );

  it.each(allRules.map((rule) => [rule.id, rule] as const))(
    '%s names sources that exist',
    (_id, rule) => {
      expect(findSource(rule.sourceId)).toBeDefined();
      for (const id of rule.alsoSourceIds ?? []) {
        expect(Object.hasOwn(sources, id), `also-source ${id}`).toBe(true);
      }
      expect(rule.alsoSourceIds ?? []).not.toContain(rule.sourceId);
    },
  );

  it.each(allRules.map((rule) => [rule.id, rule] as const))(
    '%s is high confidence only on an official source or Pathway’s arithmetic, never a secondary page, a copy or a commit',
    (_id, rule) => {
      if (rule.confidence !== 'high') return;
      const source = findSource(rule.sourceId);
      expect(['official', 'derived']).toContain(source.kind);
      expect(source.url).not.toMatch(/\/commit\//);
    },
  );

  it('has no two rules with the same id', () => {
    expect(duplicateIds(allRules)).toEqual([]);
  });

  it('finds each rule by its id', () => {
    for (const rule of allRules) expect(findRule(rule.id)).toBe(rule);
    expect(findRule('no-such-rule')).toBeUndefined();
  });
});

describe('sources', () => {
  it('say when they are a copy: the label names the site it is copied to, or says it is a copy', () => {
    const copies = Object.values(sources).filter((source) => source.kind === 'copy');
    expect(copies.length).toBeGreaterThan(0);
    for (const source of copies) expect(sourceLabel(source)).toMatch(/cop(y|ied)/i);
  });

  it.each(Object.entries(sources))(
    '%s parses, with a checked-on date no later than today',
    (_id, source) => {
      expect(sourceProblems(source)).toEqual([]);
    },
  );
});

describe('conflicts', () => {
  it.each(conflicts.map((conflict) => [conflict.id, conflict] as const))(
    '%s parses, is checked no later than today and has claims from two different sources',
    (_id, conflict) => {
      expect(conflictProblems(conflict)).toEqual([]);
    },
  );

  it.each(conflicts.map((conflict) => [conflict.id, conflict] as const))(
    '%s follows one of the sources it sets out',
    (_id, conflict) => {
      expect(conflict.claims.map((claim) => claim.sourceId)).toContain(conflict.followsSourceId);
    },
  );

  it('has no two conflicts with the same id', () => {
    expect(duplicateIds(conflicts)).toEqual([]);
  });
});

describe('the gate rejects bad data', () => {
  const today = '2026-11-25';

  it('accepts a well-formed rule, so the rejections below are for the change alone', () => {
    expect(ruleProblems({ ...ucasMedicineDeadline, checkedOn: '2026-11-24' }, today)).toEqual([]);
  });

  it.each([
    ['an unknown sourceId', { sourceId: 'made-up-source' }],
    ['a sourceId in the wrong case', { sourceId: 'UCAS-DEADLINES' }],
    ['an unknown also-source', { alsoSourceIds: ['ucat-test-cycle', 'made-up-source'] }],
    ['a checked-on date in the future', { checkedOn: dayAfter(today) }],
    ['an impossible checked-on date', { checkedOn: '2026-02-30' }],
    ['a checked-on date written the UK way', { checkedOn: '24/11/2026' }],
    ['an impossible month and day in the value', { value: { yearly: { month: 2, day: 30 } } }],
    ['month 13 in the value', { value: { yearly: { month: 13, day: 1 } } }],
    ['day 0 in the value', { value: { yearly: { month: 10, day: 0 } } }],
    ['a fractional day in the value', { value: { yearly: { month: 10, day: 15.5 } } }],
    [
      'an impossible month and day inside a list in the value',
      {
        value: {
          windows: [
            { month: 10, day: 15 },
            { month: 4, day: 31 },
          ],
        },
      },
    ],
    [
      'an impossible ISO date in the value',
      { value: { publishedByEntryYear: { 2026: '2025-02-29' } } },
    ],
    ['an unknown confidence', { confidence: 'certain' }],
    ['an id that is not kebab-case', { id: 'UcasDeadline' }],
    ['an impossible review date', { reviewBy: '2027-02-29' }],
    ['a review date on the day it was checked', { reviewBy: '2026-11-24' }],
    ['a review date before it was checked', { reviewBy: '2026-01-01' }],
  ])('a rule with %s', (_label, change) => {
    expect(
      ruleProblems({ ...ucasMedicineDeadline, checkedOn: '2026-11-24', ...change }, today),
    ).not.toEqual([]);
  });

  it.each([
    ['sourceId'],
    ['checkedOn'],
    ['reviewBy'],
    ['value'],
    ['note'],
    ['confidence'],
    ['title'],
    ['id'],
  ])('a rule with no %s', (field) => {
    const rule: Record<string, unknown> = { ...coreApplicationWindow };
    delete rule[field];
    expect(ruleProblems(rule, today)).not.toEqual([]);
  });

  it('a value that is an impossible 29 February date is rejected, while 29 February as a yearly day is allowed', () => {
    const base = { ...specialtyCertificateExam, checkedOn: '2026-11-24' };
    expect(
      ruleProblems({ ...base, value: { ...base.value, publishedDiets: ['2027-02-29'] } }, today),
    ).not.toEqual([]);
    expect(ruleProblems({ ...base, value: { day: { month: 2, day: 29 } } }, today)).toEqual([]);
  });

  it('two rules with the same id', () => {
    expect(duplicateIds([...allRules, { ...coreApplicationWindow }])).toEqual([
      coreApplicationWindow.id,
    ]);
  });

  const [firstConflict] = conflicts;

  it('accepts a well-formed conflict', () => {
    expect(firstConflict).toBeDefined();
    expect(conflictProblems(firstConflict, today)).toEqual([]);
  });

  it.each([
    [
      'claims from one source only',
      (conflict: object) => ({
        ...conflict,
        claims: [
          { sourceId: 'ucat-booking', says: 'Registration opens on 20 May.' },
          { sourceId: 'ucat-booking', says: 'Registration opens on 12 May.' },
        ],
      }),
    ],
    [
      'a single claim',
      (conflict: object) => ({
        ...conflict,
        claims: [{ sourceId: 'ucat-booking', says: 'Registration opens on 20 May.' }],
      }),
    ],
    [
      'a claim from an unknown source',
      (conflict: object) => ({
        ...conflict,
        claims: [
          { sourceId: 'ucat-booking', says: 'Registration opens on 20 May.' },
          { sourceId: 'made-up-source', says: 'Registration opens on 12 May.' },
        ],
      }),
    ],
    [
      'an unknown source to follow',
      (conflict: object) => ({ ...conflict, followsSourceId: 'made-up-source' }),
    ],
    [
      'a checked-on date in the future',
      (conflict: object) => ({ ...conflict, checkedOn: dayAfter(today) }),
    ],
    [
      'an impossible checked-on date',
      (conflict: object) => ({ ...conflict, checkedOn: '2026-11-31' }),
    ],
  ])('a conflict with %s', (_label, change) => {
    expect(conflictProblems(change(firstConflict ?? {}), today)).not.toEqual([]);
  });

  it.each([
    ['a checked-on date in the future', { checkedOn: dayAfter(today) }],
    ['an impossible checked-on date', { checkedOn: '2026-02-29' }],
    ['a web address that is not one', { url: 'ucas dot com' }],
    ['an unknown kind', { kind: 'rumour' }],
    ['no publisher', { publisher: undefined }],
  ])('a source with %s', (_label, change) => {
    expect(sourceProblems({ ...sources['ucas-deadlines'], ...change }, today)).not.toEqual([]);
  });
});

describe('rule ids used by built timelines', () => {
  const plans: readonly [string, unknown, string][] = [
    [
      'Year 11 pupil',
      { dateOfBirth: '2011-03-14', now: { stage: 'school', yearGroup: 11 } },
      '2026-11-25',
    ],
    [
      'Year 12 pupil planning graduate entry',
      {
        dateOfBirth: '2009-12-01',
        now: { stage: 'school', yearGroup: 12 },
        medicalSchoolRoute: 'graduate-entry',
        qualificationYear: 2031,
      },
      '2026-11-25',
    ],
    [
      'Year 13 pupil after the UCAS deadline',
      { dateOfBirth: '2008-12-01', now: { stage: 'school', yearGroup: 13 } },
      '2026-11-25',
    ],
    [
      'gap-year student who applied',
      {
        dateOfBirth: '2008-07-19',
        nation: 'wales',
        now: { stage: 'gap-year' },
        appliedInCurrentRound: true,
      },
      '2026-11-25',
    ],
    [
      'graduate planning graduate entry with intercalation',
      {
        dateOfBirth: '2004-08-09',
        now: { stage: 'graduate' },
        medicalSchoolRoute: 'graduate-entry',
        intercalate: true,
      },
      '2026-11-25',
    ],
    [
      'medical student in year 3, intercalating',
      {
        dateOfBirth: '2006-06-01',
        nation: 'scotland',
        now: { stage: 'medical-school', year: 3 },
        intercalate: true,
      },
      '2026-11-25',
    ],
    [
      'F1 doctor with an F3 year',
      { dateOfBirth: '2002-04-04', now: { stage: 'f1' }, yearsBeforeCoreTraining: 1 },
      '2026-11-25',
    ],
    [
      'F2 doctor after the core window closed',
      { dateOfBirth: '2001-04-04', now: { stage: 'f2' } },
      '2026-12-05',
    ],
    [
      'IMT year 2 who chose ACCS-IM',
      { dateOfBirth: '1998-04-04', now: { stage: 'imt', year: 2 }, coreRoute: 'accs-im' },
      '2026-11-25',
    ],
    [
      'IMT year 3 after the ST4 window closed',
      { dateOfBirth: '1997-04-04', now: { stage: 'imt', year: 3 } },
      '2027-01-15',
    ],
    ['ACCS year 4', { dateOfBirth: '1996-04-04', now: { stage: 'accs', year: 4 } }, '2026-11-25'],
    [
      'GP trainee without MRCP(UK), by the Alternative Certificate',
      {
        dateOfBirth: '1996-04-04',
        now: { stage: 'other-post' },
        st4Route: 'alternative-certificate',
        mrcp: 'none',
      },
      '2026-12-07',
    ],
    [
      'doctor in another post starting IMT',
      { dateOfBirth: '1996-04-04', now: { stage: 'other-post' }, st4Route: 'core-training' },
      '2026-12-07',
    ],
    ['ST5', { dateOfBirth: '1994-03-15', now: { stage: 'st', year: 5 } }, '2026-11-25'],
    ['consultant', { dateOfBirth: '1980-01-01', now: { stage: 'consultant' } }, '2026-11-25'],
  ];

  it.each(plans)(
    '%s: every milestone, stage and notice cites rules that exist',
    (_label, plan, today) => {
      const result = buildTimeline(plan, today);
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (!result.ok) return;
      const { milestones, stages, notices } = result.timeline;
      const cited = [...milestones, ...stages, ...notices].flatMap((item) => item.ruleIds);
      expect(cited.filter((id) => findRule(id) === undefined)).toEqual([]);
      for (const milestone of milestones)
        expect(milestone.ruleIds.length, milestone.id).toBeGreaterThan(0);
    },
  );

  it('the plans above between them raise every kind of notice the engine gives for a route', () => {
    const noticeIds = new Set(
      plans.flatMap(([, plan, today]) => {
        const result = buildTimeline(plan, today);
        return result.ok ? result.timeline.notices.map((notice) => notice.id) : [];
      }),
    );
    for (const id of [
      'ucas-deadline-passed',
      'core-window-passed',
      'st4-window-passed',
      'core-route-from-stage',
      'intercalation-unusual',
      'mrcp-part-1-before-applying',
    ]) {
      expect(noticeIds).toContain(id);
    }
  });
});
