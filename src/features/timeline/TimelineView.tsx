import type { ReactNode } from 'react';
import { Link } from 'react-router';
// The CCT modules by name, not the index, which would bring the part-time calculator's screens here.
import { PERIOD_KINDS } from '../../domain/cct/kinds';
import { percentOf } from '../../domain/cct/percentage';
import type { CctSegment } from '../../domain/cct/types';
import { type IsoDate, formatLongDate, formatMonthYear } from '../../domain/dates';
import { conflicts } from '../../domain/rules/conflicts';
import type { Milestone, Stage, StageId, Timeline } from '../../domain/timeline/types';
import { formatDated } from '../../domain/dated-text';
import { SourceReferences } from '../../ui/SourceReferences';
import { Tag } from '../../ui/Tag';
import {
  SHORTEST_ROUTE_RULE_IDS,
  earliestCctSentence,
  partTimeCctSentence,
  shortestRouteCaveat,
} from './summary-sentences';

const healthCareersConflict = conflicts.find(
  (conflict) => conflict.id === 'specialty-training-length',
);

function MilestoneItem({
  milestone,
  today,
}: {
  readonly milestone: Milestone;
  readonly today: IsoDate;
}) {
  const when = formatDated(milestone);
  return (
    <li className={`app-timeline__milestone app-timeline__milestone--${milestone.status}`}>
      <h4 className="app-timeline__milestone-heading">{milestone.title}</h4>
      <p className="app-timeline__meta">
        <time dateTime={milestone.date}>{when}</time>, age {milestone.age}
        {milestone.basis === 'estimate' && <Tag colour="yellow">Estimate</Tag>}
        {milestone.status === 'done' && <Tag colour="grey">Done</Tag>}
        {milestone.status === 'now' && <Tag colour="blue">Now</Tag>}
      </p>
      <p className="nhsuk-body-s">{milestone.explanation}</p>
      <SourceReferences ruleIds={milestone.ruleIds} today={today} />
    </li>
  );
}

/** A link shown under a stage's dates, such as where you will work during it. */
export type StageLink = { readonly href: string; readonly text: string };

/** A part-time period or time out in the plan, as the route page lists it under its stage. */
type PlanPeriod = { readonly start: IsoDate; readonly text: string };

function periodName(segment: CctSegment): string {
  if (segment.kind === 'ltft' && segment.wte !== null)
    return `${PERIOD_KINDS.ltft.name} at ${percentOf(segment.wte)}%`;
  if (segment.kind === 'oopr')
    return `${PERIOD_KINDS.oopr.name}, ${percentOf(segment.credit)}% counting towards training`;
  return segment.kind === 'full-time' ? 'Full time' : PERIOD_KINDS[segment.kind].name;
}

/** The plan's periods as worked out by the CCT calculator: one entry per period, first to last day. */
export function planPeriods(timeline: Timeline): PlanPeriod[] {
  const byChange = new Map<number, { first: CctSegment; last: CctSegment }>();
  for (const segment of timeline.partTime?.calculation.segments ?? []) {
    if (segment.changeIndex === null) continue;
    const found = byChange.get(segment.changeIndex);
    byChange.set(segment.changeIndex, { first: found?.first ?? segment, last: segment });
  }
  return [...byChange.values()].map(({ first, last }) => ({
    start: first.start,
    text: `${periodName(first)}: ${formatLongDate(first.start)} to ${formatLongDate(last.end)}`,
  }));
}

function StageSection({
  stage,
  milestones,
  sourcesHref,
  link,
  periods,
  today,
}: {
  readonly today: IsoDate;
  readonly stage: Stage;
  readonly milestones: readonly Milestone[];
  readonly sourcesHref: string;
  readonly link?: StageLink;
  readonly periods: readonly PlanPeriod[];
}) {
  const range =
    stage.end === null
      ? `From ${formatMonthYear(stage.start)}`
      : `${formatMonthYear(stage.start)} to ${formatMonthYear(stage.end)}`;
  return (
    <section className="app-timeline__stage" aria-labelledby={`stage-${stage.id}`}>
      <h3 id={`stage-${stage.id}`}>{stage.title}</h3>
      <p className="app-timeline__dates">{range}</p>
      {link && (
        <p>
          <Link to={link.href}>{link.text}</Link>
        </p>
      )}
      {periods.length > 0 && (
        <>
          <p className="nhsuk-u-margin-bottom-1">
            Your part-time periods and time out in this stage:
          </p>
          <ul>
            {periods.map((period) => (
              <li key={`${period.start}-${period.text}`}>{period.text}</li>
            ))}
          </ul>
        </>
      )}
      {stage.id === 'higher-specialty-training' && healthCareersConflict && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Some pages, including NHS Health Careers, still say specialty training takes &ldquo;a
            minimum of six years&rdquo;. {healthCareersConflict.resolution}{' '}
            <a href={`${sourcesHref}#conflict-${healthCareersConflict.id}`}>
              Where sources disagree
            </a>
          </p>
        </div>
      )}
      {milestones.length > 0 && (
        <ol className="app-timeline__list">
          {milestones.map((milestone) => (
            <MilestoneItem key={milestone.id} milestone={milestone} today={today} />
          ))}
        </ol>
      )}
    </section>
  );
}

type TimelineViewProps = {
  readonly timeline: Timeline;
  readonly sourcesHref: string;
  /** The route at a glance, shown after the summary. */
  readonly overview?: ReactNode;
  /** Shown straight after the notices, such as a way to say an application was already made. */
  readonly afterNotices?: ReactNode;
  /** Shown before the dated list. */
  readonly beforeList?: ReactNode;
  /** A link under a stage's dates, such as the roles page from higher specialty training. */
  readonly stageLinks?: Partial<Readonly<Record<StageId, StageLink>>>;
};

/** The person's route as an accessible list: stages as headings, dated milestones under each. */
export function TimelineView({
  timeline,
  sourcesHref,
  overview,
  afterNotices,
  beforeList,
  stageLinks = {},
}: TimelineViewProps) {
  const { summary, stages, milestones, notices } = timeline;
  const periods = planPeriods(timeline);
  const partTimeCct = partTimeCctSentence(timeline);
  const inStage = (stage: Stage) =>
    periods.filter(
      (period) => stage.start <= period.start && (stage.end === null || period.start <= stage.end),
    );
  return (
    <>
      {summary.cct !== null && summary.ageAtCct !== null && (
        <div className="nhsuk-card app-summary-card">
          <div className="nhsuk-card__content">
            <p className="nhsuk-card__heading nhsuk-heading-m">{earliestCctSentence(timeline)}</p>
            {partTimeCct !== null && <p className="nhsuk-card__description">{partTimeCct}</p>}
            <p className="nhsuk-card__description">{shortestRouteCaveat(timeline)}</p>
            <SourceReferences ruleIds={SHORTEST_ROUTE_RULE_IDS} today={timeline.today} />
          </div>
        </div>
      )}
      {notices.map((notice) => (
        <div className="nhsuk-inset-text" key={notice.id}>
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{notice.message}</p>
        </div>
      ))}
      {afterNotices}
      {overview && (
        <>
          <h2 className="nhsuk-heading-m">Your route at a glance</h2>
          {overview}
        </>
      )}
      {beforeList}
      <h2 id="every-step">Every step, with dates</h2>
      {stages.map((stage) => (
        <StageSection
          key={stage.id}
          stage={stage}
          milestones={milestones.filter((milestone) => milestone.stageId === stage.id)}
          sourcesHref={sourcesHref}
          link={stageLinks[stage.id]}
          periods={inStage(stage)}
          today={timeline.today}
        />
      ))}
    </>
  );
}
