import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type IsoDate, addYears } from '../../domain/dates';
import type { EntryCheckResult } from '../../domain/entry';
import type { PlanAnswers } from '../../domain/plan/answers';
import type { StageId } from '../../domain/timeline/types';
import { usePlanTimeline } from '../../state/plan-timeline';
import { PrintButton } from '../../ui/PrintButton';
import { usePageTitle } from '../../ui/usePageTitle';
import { usePrinting } from '../../ui/usePrinting';
import { type AssumedAnswer, AssumedAnswersNotice } from './AssumedAnswersNotice';
import { CalendarDownload } from './CalendarDownload';
import { OtherRoutes } from './OtherRoutes';
import { RoutePrintSummary } from './RoutePrintSummary';
import { type StageLink, TimelineView } from './TimelineView';
import { VisualTimeline } from './VisualTimeline';

/** Notices that a person can resolve by saying they have already applied. */
const APPLIED_NOTICES = new Set([
  'ucas-deadline-passed',
  'core-window-passed',
  'st4-window-passed',
]);

type TimelinePageProps = {
  readonly planName: string;
  /** The saved plan's id, which keeps its calendar events the same from one download to the next. */
  readonly planId: string;
  readonly answers: PlanAnswers;
  /** Questions not answered yet whose defaults the route is using, said above the route. */
  readonly assumedAnswers?: readonly AssumedAnswer[];
  readonly today: IsoDate;
  readonly links: {
    readonly checkAnswers: string;
    readonly continueQuestions: string;
    readonly plans: string;
    readonly sources: string;
    /** Part-time periods and time out for this plan ("What if I train part time?"). */
    readonly partTime: string;
    readonly pay: string;
    /** Two saved plans side by side. */
    readonly compare: string;
    /** The roles page's section on routes besides IMT and ACCS-IM. */
    readonly otherRoutes?: string;
  };
  /** Records that the person already applied in a round whose deadline has passed. */
  readonly onAlreadyApplied: () => void;
  /** Shown above the dated list for people not yet at medical school: the entry requirements check. */
  readonly beforeList?: ReactNode;
  /** The same check's result, for its verdicts in the printed summary. */
  readonly entryCheck?: EntryCheckResult | null;
  /** Links under a stage's dates, such as where you will work during higher specialty training. */
  readonly stageLinks?: Partial<Readonly<Record<StageId, StageLink>>>;
  /** Shown after the route, once it can be worked out: sending the plan as a link. */
  readonly afterRoute?: ReactNode;
};

/** The person's route: summary, route at a glance, and the dated list of every step. */
export function TimelinePage({
  planName,
  planId,
  answers,
  assumedAnswers = [],
  today,
  links,
  onAlreadyApplied,
  beforeList,
  entryCheck = null,
  stageLinks,
  afterRoute,
}: TimelinePageProps) {
  const result = usePlanTimeline(answers, today);
  usePageTitle('Your route to consultant');
  const printing = usePrinting();

  if (!result.ok) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Your route to consultant</h1>
          <p>We need a few more answers before we can show your route.</p>
          <ul>
            {result.errors.map((error) => (
              <li key={error.field}>{error.message}</li>
            ))}
          </ul>
          <Link className="nhsuk-button" to={links.continueQuestions}>
            Continue with the questions
          </Link>
        </div>
      </div>
    );
  }

  const { timeline } = result;
  const lastStage = timeline.stages[timeline.stages.length - 1];
  const drawUntil = timeline.summary.cct === null ? today : addYears(timeline.summary.cct, 1);
  const canSayApplied =
    !timeline.plan.appliedInCurrentRound &&
    timeline.notices.some((notice) => APPLIED_NOTICES.has(notice.id));

  return (
    <div className="nhsuk-grid-row">
      {printing && (
        <RoutePrintSummary
          planName={planName}
          timeline={timeline}
          today={today}
          entryCheck={entryCheck}
          assumedAnswers={assumedAnswers}
        />
      )}
      {/* While printing, the summary above prints instead of the page as it is on screen. */}
      <div className={`nhsuk-grid-column-two-thirds${printing ? ' app-no-print' : ''}`}>
        <span className="nhsuk-caption-l">{planName}</span>
        <h1>Your route to consultant in palliative medicine</h1>
        <p>
          <Link to={links.checkAnswers}>Change your answers</Link> or{' '}
          <Link to={links.plans}>see your saved plans</Link>.
        </p>
        <AssumedAnswersNotice assumed={assumedAnswers} continueHref={links.continueQuestions} />
        {timeline.summary.cct !== null && (
          <ul className="nhsuk-list">
            <li>
              <Link to={links.partTime}>
                {timeline.partTime === null
                  ? 'What if I train part time?'
                  : 'Change your part-time periods and time out'}
              </Link>
            </li>
            <li>
              <Link to={links.pay}>What you could earn each year</Link>
            </li>
            <li>
              <Link to={links.compare}>Compare this route with another plan</Link>
            </li>
          </ul>
        )}
        <PrintButton />
        <TimelineView
          timeline={timeline}
          sourcesHref={links.sources}
          overview={
            lastStage ? (
              <VisualTimeline stages={timeline.stages} today={today} drawUntil={drawUntil} />
            ) : null
          }
          afterNotices={
            canSayApplied ? (
              <button
                className="nhsuk-button nhsuk-button--secondary"
                type="button"
                onClick={onAlreadyApplied}
              >
                I have already applied in this round
              </button>
            ) : null
          }
          beforeList={beforeList}
          stageLinks={stageLinks}
        />
        <CalendarDownload timeline={timeline} planName={planName} planKey={planId} />
        <OtherRoutes
          planRoute={timeline.plan.now.stage === 'other-post' ? timeline.plan.st4Route : null}
          links={{
            checkAnswers: links.checkAnswers,
            ...(links.otherRoutes === undefined ? {} : { more: links.otherRoutes }),
          }}
        />
        {afterRoute}
      </div>
    </div>
  );
}
