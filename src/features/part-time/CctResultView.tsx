import { Fragment } from 'react';
import {
  type CctCalculation,
  type TisNote,
  dateDifference,
  formatDays,
  formatFullTimeDays,
  formatMonthsAndDays,
  formatNotice,
  formatNoticeLength,
  fullTimeYearSentence,
  type LtftNation,
  ltftNotice,
  ltftNoticeLength,
  ltftRulesFor,
  percentOf,
  workingRows,
} from '../../domain/cct';
import { type IsoDate, formatLongDate } from '../../domain/dates';
import type { Wte } from '../../domain/units';
import type { ProgrammeWorking } from './types';
import {
  absenceReview,
  cctConfirmedAtArcp,
  ltftProRata,
  oopCreditNeedsApproval,
  tisCalculatorSuspended,
} from '../../domain/rules/ltft';
import { PrintButton } from '../../ui/PrintButton';
import { SourceReferences } from '../../ui/SourceReferences';
import { Tag } from '../../ui/Tag';
import { WarningCallout } from '../../ui/WarningCallout';
import { LtftNationRules } from './LtftNationRules';

type CctResultViewProps = {
  readonly calculation: CctCalculation;
  /** The date the new one is compared with, and how to name it ("your current CCT date"). */
  readonly comparedWith: IsoDate;
  readonly comparedLabel: string;
  readonly today: IsoDate;
  /** Where the doctor trains: the notice and rules for less than full time training follow it. */
  readonly nation: LtftNation;
  /** A plan's periods in more than one training programme: the working is shown for each. */
  readonly programmes?: readonly ProgrammeWorking[];
  /** False when the page shows the headline ({@link CctHeadline}) itself, at the top. */
  readonly headline?: boolean;
};

/** A sentence ends with a full stop, whatever the engine's message ends with. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Calendar days of leave and time out that earn nothing, in the working. */
function daysAway(calculation: CctCalculation): number {
  let days = 0;
  for (const segment of calculation.segments)
    if (segment.kind !== 'full-time' && segment.credit === 0) days += segment.calendarDays;
  return days;
}

/** The new CCT date and how far it moved: the first thing on the page. */
export function CctHeadline({
  calculation,
  comparedWith,
  comparedLabel,
}: Pick<CctResultViewProps, 'calculation' | 'comparedWith' | 'comparedLabel'>) {
  const difference = dateDifference(comparedWith, calculation.cct);
  const away = daysAway(calculation);
  return (
    <div className="nhsuk-card app-summary-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id="result-heading">
          Your provisional CCT date: {formatLongDate(calculation.cct)}
        </h2>
        <p className="nhsuk-card__description">
          {difference.direction === 'same'
            ? `The same as ${comparedLabel}, ${formatLongDate(comparedWith)}.`
            : `${formatMonthsAndDays(difference)} ${difference.direction} than ${comparedLabel}, ${formatLongDate(comparedWith)}.`}
        </p>
        {calculation.certificates.length > 1 && (
          <p className="nhsuk-card__description">
            Your CCTs in palliative medicine and internal medicine share this date.
          </p>
        )}
        {calculation.confirmedAtArcp && (
          <p className="nhsuk-card__description">
            <Tag colour="yellow">Expected</Tag>{' '}
            {away > 0
              ? `Your leave and time out that does not count last ${formatDays(away)} (calendar days). They earn no training time, so your CCT date moves later by the training you would have done in them, and your ARCP panel confirms the date.`
              : 'Absence in your periods means your ARCP panel reviews and confirms the date.'}
          </p>
        )}
        <p className="nhsuk-card__description">
          This is an estimate, not a confirmed date. {cctConfirmedAtArcp.note}
        </p>
      </div>
    </div>
  );
}

function WorkingTable({
  calculation,
  programme,
}: {
  readonly calculation: CctCalculation;
  /** The programme, when the working is shown programme by programme. */
  readonly programme?: { readonly title: string; readonly name: string };
}) {
  const rows = workingRows(calculation.segments);
  const first = calculation.segments[0];
  const sentences = rows.flatMap((row) => (row.sentence ? [row.sentence] : []));
  const ltftShares = [
    ...new Set(
      calculation.segments.flatMap((segment) =>
        segment.kind === 'ltft' && segment.wte !== null && segment.wte < 1 ? [segment.wte] : [],
      ),
    ),
  ];
  const columns = ['Dates', 'Days', 'Counts at', 'Full-time days earned', 'Full-time days left'];
  return (
    <>
      {programme === undefined ? (
        <h2 className="nhsuk-heading-m">How it is worked out</h2>
      ) : (
        <h3 className="nhsuk-heading-s">{programme.title}</h3>
      )}
      {programme === undefined ? (
        <p>
          Each day counts towards training at the share of full time it earns. Your CCT date is the
          first day on which the days counted add up to the{' '}
          {formatFullTimeDays(calculation.fullTimeDays)} full-time days of training
          {first ? ` counted from ${formatLongDate(first.start)}` : ''}.
        </p>
      ) : (
        <p>
          It ends on {formatLongDate(calculation.cct)}, the first day on which the days counted add
          up to its {formatFullTimeDays(calculation.fullTimeDays)} full-time days of training
          {first ? `, counted from ${formatLongDate(first.start)}` : ''}.
        </p>
      )}
      <table className="nhsuk-table nhsuk-table--responsive">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          The working{programme === undefined ? '' : ` for ${programme.name}`}, one row for each
          stretch of training
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">
              Stretch
            </th>
            {columns.map((column) => (
              <th className="nhsuk-table__header" scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => {
            const cells = [
              `${formatLongDate(row.start)} to ${formatLongDate(row.end)}`,
              formatFullTimeDays(row.calendarDays),
              row.countsAtPercent === null ? 'Does not count' : `${row.countsAtPercent}%`,
              formatFullTimeDays(row.fullTimeDaysEarned),
              formatFullTimeDays(row.fullTimeDaysLeft),
            ];
            return (
              <tr className="nhsuk-table__row" key={row.start}>
                <th className="nhsuk-table__header" scope="row">
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    Stretch{' '}
                  </span>
                  {row.label}
                </th>
                {cells.map((cell, index) => (
                  <td className="nhsuk-table__cell" key={columns[index]}>
                    <span className="nhsuk-table__heading" aria-hidden="true">
                      {columns[index]}{' '}
                    </span>
                    {cell}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {(sentences.length > 0 || ltftShares.length > 0) && (
        <ul>
          {ltftShares.map((share) => (
            <li key={`year-${share}`}>{fullTimeYearSentence(share)}.</li>
          ))}
          {sentences.map((text) => (
            <li key={text}>{text}.</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** How the nation asks for notice, as a sentence: "In Scotland you need to apply at least 3 months …". */
function noticeSentence(nation: LtftNation): string {
  const { name, body } = ltftRulesFor(nation);
  const length = ltftNoticeLength(nation);
  if (length === null)
    return `Pathway gives no date to apply by in ${name}: it did not find how much notice ${body} asks for. Check with them and your training programme director, and apply as early as you can.`;
  return nation === 'wales'
    ? `In Wales, aim to apply at least ${formatNoticeLength(length)} before you start.`
    : `In ${name} you need to apply at least ${formatNoticeLength(length)} before you start.`;
}

function Notices({
  calculation,
  today,
  nation,
}: {
  readonly calculation: CctCalculation;
  readonly today: IsoDate;
  readonly nation: LtftNation;
}) {
  const starts = new Map<number, { start: IsoDate; wte: Wte }>();
  for (const segment of calculation.segments) {
    if (segment.kind === 'ltft' && segment.changeIndex !== null && segment.wte !== null)
      if (!starts.has(segment.changeIndex))
        starts.set(segment.changeIndex, { start: segment.start, wte: segment.wte });
  }
  if (starts.size === 0) return null;
  return (
    <>
      <h2 className="nhsuk-heading-m">When to apply</h2>
      <p>{noticeSentence(nation)}</p>
      {ltftNoticeLength(nation) !== null && (
        <ul>
          {[...starts.values()].map(({ start, wte }) => {
            const notice = ltftNotice(start, today, nation);
            if (notice === null) return null;
            return (
              <li key={start}>
                To start at {percentOf(wte)}% on {formatLongDate(start)}, apply by{' '}
                <strong>{formatLongDate(notice.applyBy)}</strong>.
                {notice.status === 'short' &&
                  ` That date has passed, so you would be giving less than ${formatNotice(notice.length)}: talk to your training programme director.`}
                {notice.status === 'started' && ' This period has already started.'}
              </li>
            );
          })}
        </ul>
      )}
      <LtftNationRules nation={nation} today={today} headingLevel={3} />
    </>
  );
}

function Review({
  calculation,
  today,
}: {
  readonly calculation: CctCalculation;
  readonly today: IsoDate;
}) {
  const review = calculation.absenceReview;
  if (review.summary === null) return null;
  if (!review.reviewTriggered)
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>{sentence(review.summary)}</p>
      </div>
    );
  return (
    <WarningCallout heading="Your CCT date will be reviewed" headingLevel={2}>
      <p className="nhsuk-card__description">{sentence(review.summary)}</p>
      <SourceReferences ruleIds={[absenceReview.id]} today={today} />
    </WarningCallout>
  );
}

const TIS_REASONS: Readonly<Record<TisNote, string>> = {
  'open-ended-reduction': `That calculator adds only the training missed before your current CCT date (days × (1 − new ÷ old)). It assumes you finish at your old hours. Training programmes count the whole of the remaining training at your new percentage (1 year of full-time training at 80% takes ${ltftProRata.value.monthsPerFullTimeYear['80']} months), so the extra time is itself part time.`,
  'wte-increase':
    'When your hours go up, that calculator takes off more time than the extra hours earn, and can even put the date before the change. Training programmes count the remaining training at your new percentage.',
  'adds-sickness':
    'That calculator adds every day of sickness. Training programmes do not move the date for sickness: enough absence leads to a review at your ARCP instead.',
  'not-representable': 'That calculator could not show OOPT or OOPR.',
  'earlier-programme':
    'That calculator worked on one training programme at a time, so it could not say how periods in Foundation or core training move your CCT date.',
  'leave-inside-ltft':
    'That calculator added each change on its own. It counts the days of leave inside your part-time period once as part-time days and then again in full as leave, so it adds more than the leave takes away. Training programmes count each day once: a day of leave earns nothing, whatever your hours around it.',
};

function TisComparison({ calculation }: { readonly calculation: CctCalculation }) {
  const { tis } = calculation;
  const suspended = `NHS England suspended new TIS calculations on ${formatLongDate(tisCalculatorSuspended.value.on)}, citing issues with the calculation logic.`;
  let body;
  if (tis.estimate === null || tis.differenceDays === null) {
    body = tis.notes.includes('earlier-programme') ? (
      <p>
        The TIS calculator worked on one training programme at a time, so it could not say how
        periods in Foundation or core training move your CCT date. There is no TIS-style estimate
        for these periods. {suspended}
      </p>
    ) : (
      <p>
        The TIS calculator could not show OOPT or OOPR, so there is no TIS-style estimate for these
        periods. {suspended}
      </p>
    );
  } else if (tis.differenceDays === 0) {
    body = (
      <p>
        Matches the NHS England TIS-style estimate, {formatLongDate(tis.estimate)}. {suspended}
      </p>
    );
  } else {
    const days = Math.abs(tis.differenceDays);
    const reasons = tis.notes.map((note) => TIS_REASONS[note]);
    body = (
      <>
        <p>
          <strong>
            NHS England TIS-style estimate: {formatLongDate(tis.estimate)} ({formatDays(days)}{' '}
            {tis.differenceDays > 0 ? 'earlier' : 'later'})
          </strong>
        </p>
        {reasons.length > 0 ? (
          reasons.map((reason) => <p key={reason}>{reason}</p>)
        ) : (
          <p>The two differ by a day because they round days differently.</p>
        )}
        <p>
          {suspended} Both dates are estimates: neither is confirmed until your ARCP panel agrees
          it.
        </p>
      </>
    );
  }
  return (
    <>
      <h2 className="nhsuk-heading-m">Compared with the NHS England TIS calculator</h2>
      {body}
    </>
  );
}

/** The first step for part-time training: where to apply, and how long before. */
function applyStep(nation: LtftNation): string {
  const { approval } = ltftRulesFor(nation);
  const length = ltftNoticeLength(nation);
  const where = `Apply to ${approval.value.approvedBy} to train less than full time`;
  return length === null
    ? `${where} as early as you can: Pathway did not find how much notice it asks for.`
    : `${where}, at least ${formatNoticeLength(length)} before you want to start.`;
}

function NextSteps({
  calculation,
  nation,
}: {
  readonly calculation: CctCalculation;
  readonly nation: LtftNation;
}) {
  const kinds = new Set(calculation.segments.map((segment) => segment.kind));
  // Periods that all fall in time out of training change nothing, so there is nothing to apply for.
  const changesTraining =
    calculation.segments.some((segment) => segment.changeIndex !== null) ||
    calculation.absenceReview.summary !== null;
  if (!changesTraining) return null;
  return (
    <>
      <h2 className="nhsuk-heading-m">What to do next</h2>
      <ol className="nhsuk-list nhsuk-list--number">
        {kinds.has('ltft') && (
          <li>{applyStep(nation)} Your deanery confirms the new CCT date with your application.</li>
        )}
        {(kinds.has('oopt') || kinds.has('oopr')) && (
          <li>
            Ask JRCPTB at least {oopCreditNeedsApproval.value.weeksAhead} weeks before you go out of
            programme for the time to count: it cannot be approved afterwards.
          </li>
        )}
        <li>
          Fill in the JRCPTB completion date calculator and send it to your deanery and training
          programme director, as physician specialties ask.
        </li>
        <li>Your ARCP panel confirms your CCT date finally.</li>
      </ol>
    </>
  );
}

/** The working of each training programme the periods fall in, and the waits between them. */
function ProgrammeWorkings({ programmes }: { readonly programmes: readonly ProgrammeWorking[] }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">How it is worked out</h2>
      <p>
        Your periods fall in more than one training programme. Each programme is worked out on its
        own, and the next one starts in August, when posts start, so finishing later can mean time
        out of training before the next programme.
      </p>
      {programmes.map((programme) => (
        <Fragment key={programme.title}>
          <WorkingTable calculation={programme.calculation} programme={programme} />
          {programme.waitAfter !== null && (
            <p>
              Then time out of training from {formatLongDate(programme.waitAfter.start)} to{' '}
              {formatLongDate(programme.waitAfter.end)}, until the next programme starts.
            </p>
          )}
        </Fragment>
      ))}
    </>
  );
}

/**
 * The answer: the provisional CCT date and how far it moved, warnings, the notice date for part-time
 * training, the absence review, the working, the TIS-style estimate and what to do next, with sources.
 */
export function CctResultView({
  calculation,
  comparedWith,
  comparedLabel,
  today,
  nation,
  programmes,
  headline = true,
}: CctResultViewProps) {
  return (
    <section aria-labelledby="result-heading">
      {headline && (
        <CctHeadline
          calculation={calculation}
          comparedWith={comparedWith}
          comparedLabel={comparedLabel}
        />
      )}
      {calculation.warnings.length > 0 && (
        <WarningCallout heading="Check before you go ahead" headingLevel={2}>
          <ul className="nhsuk-card__description">
            {calculation.warnings.map((warning) => (
              <li key={`${warning.field}-${warning.code}`}>{sentence(warning.message)}</li>
            ))}
          </ul>
        </WarningCallout>
      )}
      <Review calculation={calculation} today={today} />
      <Notices calculation={calculation} today={today} nation={nation} />
      {programmes !== undefined && programmes.length > 1 ? (
        <ProgrammeWorkings programmes={programmes} />
      ) : (
        <WorkingTable calculation={calculation} />
      )}
      <TisComparison calculation={calculation} />
      <NextSteps calculation={calculation} nation={nation} />
      <SourceReferences ruleIds={calculation.ruleIds} today={today} />
      <PrintButton />
    </section>
  );
}
