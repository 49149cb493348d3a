/**
 * The academic route as a variant of a plan: research time out of programme (OOPR) during higher
 * training, for example a PhD, shown through the CCT calculator like any other period. It is an
 * example: the specialty advisory committee decides how much research counts. Pure: the plan's answers
 * and today in, the new answers (or the reason there are none) out.
 */
import type { OoprChange } from '../cct/types';
import { type Period, unusedPeriodId } from '../cct/period';
import { type IsoDate, addDays, addYears } from '../dates';
import type { PlanAnswers } from '../plan/answers';
import { ooprCredit, oopCreditNeedsApproval } from '../rules/ltft';
import { oopAfterFirstYear } from '../rules/roles';
import type { RuleId } from '../rules/types';
import { buildTimeline } from '../timeline/build-timeline';
import { share } from '../units';

/**
 * The example: the usual longest OOPR (3 years), crediting what physician committees have usually
 * allowed (12 months), so a third of each day counts.
 */
export const ACADEMIC_ROUTE_EXAMPLE = {
  years: ooprCredit.value.normalMaximumYears,
  creditMonths: ooprCredit.value.usualPhysicianCreditMonths,
} as const;

/** The rules the example rests on, for its sources. */
export const ACADEMIC_ROUTE_RULE_IDS: readonly RuleId[] = [
  ooprCredit.id,
  oopAfterFirstYear.id,
  oopCreditNeedsApproval.id,
];

export type AcademicRouteReason =
  'incomplete' | 'already-consultant' | 'has-research' | 'past-st5-start' | 'conflicts';

export type AcademicRoute =
  | {
      readonly ok: true;
      /** The plan's answers with the research period added to its periods. */
      readonly answers: PlanAnswers;
      readonly period: Period & OoprChange & { readonly end: IsoDate };
      readonly years: number;
      readonly creditMonths: number;
      readonly cctBefore: IsoDate;
      readonly cctAfter: IsoDate;
    }
  | {
      readonly ok: false;
      readonly reason: AcademicRouteReason;
      /** Why, in plain English, for the page. */
      readonly message: string;
    };

function cannot(reason: AcademicRouteReason, message: string): AcademicRoute {
  return { ok: false, reason, message };
}

/**
 * Adds the example research period to a copy of the plan's answers, from the start of the person's
 * own ST5 (time out of programme is not usually agreed in the first year of a programme): 3 years, with
 * 12 months counting towards training. Says why not where the plan cannot take it: the plan is not
 * finished, the person is already a consultant, ST5 has already started, the plan already has research
 * time, or the period would clash with the plan's other periods.
 */
export function academicRoute(answers: PlanAnswers, today: IsoDate): AcademicRoute {
  const before = buildTimeline(answers, today);
  if (!before.ok)
    return cannot(
      'incomplete',
      'Finish your plan’s questions first, so Pathway can work out when you would start ST5.',
    );
  const { timeline } = before;
  if (timeline.plan.now.stage === 'consultant' || timeline.summary.cct === null)
    return cannot(
      'already-consultant',
      'Your plan says you are already a consultant, so there is no training left to add research time to.',
    );
  const changes = answers.changes ?? [];
  if (changes.some((change) => change.kind === 'oopr'))
    return cannot(
      'has-research',
      'Your plan already has research time out of programme (OOPR). Change it on the part-time training page.',
    );
  const st5 = timeline.milestones.find((milestone) => milestone.id === 'st5-start');
  if (!st5 || st5.date <= today)
    return cannot(
      'past-st5-start',
      'Your plan is already past the start of ST5, where this example starts research time. You can add time out of programme yourself on the part-time training page.',
    );

  const { years, creditMonths } = ACADEMIC_ROUTE_EXAMPLE;
  const research = {
    kind: 'oopr',
    start: st5.date,
    end: addDays(addYears(st5.date, years), -1),
    credit: share(creditMonths / (years * 12)),
  } as const satisfies OoprChange;
  const id = unusedPeriodId(new Set(changes.map((change) => change.id)));
  const period = { ...research, id };
  const withResearch: PlanAnswers = { ...answers, changes: [...changes, period] };
  const after = buildTimeline(withResearch, today);
  if (!after.ok || after.timeline.summary.cct === null)
    return cannot(
      'conflicts',
      `Research time from the start of ST5 would clash with your plan’s other periods. ${
        after.ok || after.errors[0] === undefined
          ? 'Check them on the part-time training page.'
          : after.errors[0].message
      }`,
    );
  return {
    ok: true,
    answers: withResearch,
    period,
    years,
    creditMonths,
    cctBefore: timeline.summary.cct,
    cctAfter: after.timeline.summary.cct,
  };
}
