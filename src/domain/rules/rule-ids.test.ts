/**
 * RuleId is written out per topic (rule-ids.ts), so these check the lists against the rules
 * themselves: each list holds exactly its topic's rule ids, and together they hold the catalogue's.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '.';
import * as entry from './entry';
import * as entryRequirements from './entry-requirements';
import * as foundation from './foundation';
import * as ltft from './ltft';
import * as medicalSchool from './medical-school';
import * as otherRoutes from './other-routes';
import * as pay from './pay';
import { rulesIn } from './registry';
import * as roles from './roles';
import { RULE_IDS_BY_TOPIC } from './rule-ids';
import * as schoolYears from './school-years';
import * as specialty from './specialty';

const TOPICS: Readonly<Record<keyof typeof RULE_IDS_BY_TOPIC, Readonly<Record<string, unknown>>>> =
  {
    'entry.ts': entry,
    'entry-requirements.ts': entryRequirements,
    'medical-school.ts': medicalSchool,
    'foundation.ts': foundation,
    'specialty.ts': specialty,
    'other-routes.ts': otherRoutes,
    'ltft.ts': ltft,
    'pay.ts': pay,
    'roles.ts': roles,
    'school-years.ts': schoolYears,
  };

describe('rule ids', () => {
  it.each(Object.entries(RULE_IDS_BY_TOPIC))(
    'the list for %s holds exactly the ids of its rules',
    (file, ids) => {
      const topic = TOPICS[file as keyof typeof TOPICS];
      const ruleIds = rulesIn(topic).map((rule) => rule.id);
      expect(ruleIds.length).toBeGreaterThan(0);
      expect([...ruleIds].sort()).toEqual([...ids].sort());
    },
  );

  it('together the lists hold every rule in the catalogue, each id once', () => {
    const listed = Object.values(RULE_IDS_BY_TOPIC).flat();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(allRules.map((rule) => rule.id).sort());
  });
});
