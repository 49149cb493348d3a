import { describe, expect, it } from 'vitest';
import { findRule } from '../rules';
import { sources } from '../rules/sources';
import { SKILL_IDS, rolesContent } from './content';
import { collectStatements, statementProblems } from './statement-checks';
import { type Statement, fromRule, isOldFigure, statement } from './statements';
import { latestDateToday } from '../../../tests/support/dates';

const all = collectStatements(rolesContent) as Statement[];

describe('the roles page content', () => {
  it('is all sourced statements, and there are plenty of them', () => {
    expect(all.length).toBeGreaterThan(60);
  });

  it.each(all.map((item) => [item.id, item] as const))(
    '%s has a known source, a real checked-on date no later than today and a confidence',
    (_id, item) => {
      expect(statementProblems(item, latestDateToday())).toEqual([]);
    },
  );

  it('has no two statements with the same id, so each can be found on the page', () => {
    const ids = all.map((item) => item.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('quotes each figure from a rule that names the same source', () => {
    const quoting = all.filter((item) => item.ruleId !== undefined);
    expect(quoting.length).toBeGreaterThan(20);
    for (const item of quoting) {
      const rule = findRule(item.ruleId ?? '');
      expect(rule, item.id).toBeDefined();
      expect(item.sourceId, item.id).toBe(rule?.sourceId);
      expect(item.checkedOn, item.id).toBe(rule?.checkedOn);
      expect(item.confidence, item.id).toBe(rule?.confidence);
    }
  });

  it('has the four settings, the patients, the care and the six procedures from NHS Health Careers', () => {
    expect(rolesContent.settings.map((setting) => setting.id)).toEqual([
      'hospital',
      'hospice',
      'community',
      'outpatients',
    ]);
    expect(rolesContent.patients.length).toBeGreaterThanOrEqual(3);
    expect(rolesContent.care).toHaveLength(7);
    expect(rolesContent.procedures.map((procedure) => procedure.id)).toEqual([
      'paracentesis',
      'portable-ultrasound',
      'epidural-infusions',
      'central-lines',
      'non-invasive-ventilation',
      'tracheostomies',
    ]);
    for (const procedure of rolesContent.procedures) {
      expect(procedure.listed.sourceId).toBe('health-careers-palliative-medicine');
      expect(procedure.listed.checkedOn).toBe('2026-11-24');
      // The plain-English explanation is Pathway's own, and says so through its source.
      expect(procedure.plainEnglish.sourceId).toBe('pathway-plain-english');
      expect(sources['pathway-plain-english'].kind).toBe('derived');
    }
    for (const item of [...rolesContent.care, ...rolesContent.patients.slice(0, 3)]) {
      expect(item.sourceId).toBe('health-careers-palliative-medicine');
    }
  });

  it('has each role, with paediatric palliative medicine, GP and SAS posts as different routes', () => {
    expect(rolesContent.roles.map((role) => [role.id, role.relation])).toEqual([
      ['consultant', 'planned-route'],
      ['academic', 'academic-variant'],
      ['paediatric', 'different-route'],
      ['gp-extended-role', 'different-route'],
      ['sas', 'different-route'],
      ['hospice-medical-director', 'wider-role'],
      ['education-and-research', 'wider-role'],
    ]);
    const paediatric = rolesContent.roles.find((role) => role.id === 'paediatric');
    expect(paediatric?.details.training?.map((item) => item.text).join(' ')).toMatch(
      /paediatric training/,
    );
  });

  it('builds "what a day looks like" from sourced facts only, saying less where there is little', () => {
    const outpatients = rolesContent.settings.find((setting) => setting.id === 'outpatients');
    expect(outpatients?.details).toEqual({});
    for (const setting of rolesContent.settings)
      for (const item of setting.details.day ?? [])
        expect(statementProblems(item, latestDateToday())).toEqual([]);
  });

  it('marks every dated workforce figure as old, with its year', () => {
    const dated = rolesContent.workforce.filter((item) => item.figureYear !== undefined);
    expect(dated.map((item) => item.figureYear)).toEqual([
      2020, 2017, 2012, 2013, 2012, 2005, 2021,
    ]);
    const yearsInText = [
      'In 2020',
      '2016–17 census',
      'In 2012',
      'In 2012–13',
      'Around 2012',
      'In 2005',
      '2020 to 2021',
    ];
    dated.forEach((item, index) => {
      expect(isOldFigure(item), item.id).toBe(true);
      expect(item.text, item.id).toContain(yearsInText[index]);
    });
    const texts = rolesContent.workforce.map((item) => item.text).join(' ');
    expect(texts).toContain(
      '57% of palliative medicine consultants worked less than full time, up from 29% in 2004',
    );
    expect(texts).toContain('409.6 full-time-equivalent');
    expect(texts).toContain('against 505 needed');
    expect(texts).toContain('about 310 palliative medicine consultants');
    expect(rolesContent.notFound.map((item) => item.text).join(' ')).toContain(
      'did not find a dated, current (2023 to 2025) count of palliative medicine consultants',
    );
  });

  it('gives the APM’s current, undated figures without an old-figure year', () => {
    const now = rolesContent.workforce.find((item) => item.id === 'workforce-now');
    expect(now?.figureYear).toBeUndefined();
    expect(now?.ruleId).toBe('palliative-workforce-apm-current');
    expect(now?.text).toContain('around 700 palliative medicine consultants');
    expect(now?.text).toContain('Around 48% of them work less than full time');
  });

  it('has skills with unique ids that never change', () => {
    expect(SKILL_IDS).toEqual([
      'communication',
      'resilience',
      'leading-teams',
      'decision-making',
      'pharmacology',
      'compassion',
    ]);
  });
});

describe('the sourcing check rejects a statement', () => {
  const today = '2026-11-25';
  const good = statement('good-statement', 'A sourced sentence.', {
    sourceId: 'health-careers-palliative-medicine',
    checkedOn: '2026-11-24' as Statement['checkedOn'],
    confidence: 'high',
  });

  it('accepts a well-formed statement, so each rejection below is for the change alone', () => {
    expect(statementProblems(good, today)).toEqual([]);
  });

  it.each([
    ['no source', { sourceId: undefined }],
    ['an unknown source', { sourceId: 'a-made-up-page' }],
    ['an unknown further source', { alsoSourceIds: ['apm-careers', 'a-made-up-page'] }],
    ['further sources that are not a list', { alsoSourceIds: 'apm-careers' }],
    ['no checked-on date', { checkedOn: undefined }],
    ['a checked-on date in the future', { checkedOn: '2026-11-26' }],
    ['an impossible checked-on date', { checkedOn: '2026-02-30' }],
    ['a checked-on date written the UK way', { checkedOn: '24/11/2026' }],
    ['no confidence', { confidence: undefined }],
    ['an unknown confidence', { confidence: 'certain' }],
    ['no text', { text: ' ' }],
    ['a rule that does not exist', { ruleId: 'no-such-rule' }],
    ['a rule with a different source', { ruleId: 'higher-training-rotations' }],
    ['a figure year that is not a year', { figureYear: 2012.5 }],
    ['an id that is not kebab-case', { id: 'GoodStatement' }],
  ])('with %s', (_label, change) => {
    expect(statementProblems({ ...good, ...change }, today)).not.toEqual([]);
  });

  it('that is not an object', () => {
    expect(statementProblems('A sentence on its own.', today)).not.toEqual([]);
  });

  it('wherever it sits in the content, so nothing escapes the walk', () => {
    const content = {
      ...rolesContent,
      somethingNew: { deeper: [{ heading: 'x', items: [{ text: 'An unsourced sentence.' }] }] },
    };
    const found = collectStatements(content);
    expect(found).toHaveLength(all.length + 1);
    expect(
      found
        .filter((item) => statementProblems(item, latestDateToday()).length > 0)
        .map((item) => item),
    ).toEqual([{ text: 'An unsourced sentence.' }]);
  });

  it('built from a rule, carrying its source, date and confidence', () => {
    const rule = findRule('palliative-consultant-workforce-2012');
    expect(rule).toBeDefined();
    if (!rule) return;
    const quoted = fromRule('quoted', rule, 'A figure.', { figureYear: 2012 });
    expect(quoted).toMatchObject({
      sourceId: 'apm-careers',
      alsoSourceIds: ['rcp-palliative-workforce'],
      checkedOn: '2026-11-24',
      confidence: 'high',
      ruleId: 'palliative-consultant-workforce-2012',
      figureYear: 2012,
    });
    expect(statementProblems(quoted, today)).toEqual([]);
    expect(isOldFigure(quoted)).toBe(true);
    expect(isOldFigure({ ...quoted, figureYear: 2024 })).toBe(false);
    expect(isOldFigure({ ...quoted, figureYear: 2023 })).toBe(true);
  });
});
