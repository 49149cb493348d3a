import { useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { MAX_PLAN_NAME_LENGTH } from '../../domain/plan/plan-name';
import { decodeSharedPlan } from '../../domain/plan/share-link';
import { answerSummary, questionLabel } from '../../features/plan-questions/answer-summary';
import { questionsFor } from '../../features/plan-questions/flow';
import {
  forgetSharedPlan,
  heldSharedPlan,
  holdSharedPlan,
} from '../../features/shared-plan/held-shared-plan';
import { BrokenLinkPage, SharedPlanPage } from '../../features/shared-plan/SharedPlanPage';
import { TimelineView } from '../../features/timeline/TimelineView';
import { VisualTimeline } from '../../features/timeline/VisualTimeline';
import { addYears } from '../../domain/dates';
import { paths } from '../paths';
import type { SavedPlan } from '../../domain/plan/saved-shapes';
import { usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';
import { timelineFor } from '../../state/plan-timeline';

/** The name, or "<name> (2)" and so on when a saved plan already has it, cut to the length limit. */
export function freePlanName(name: string, plans: readonly SavedPlan[]): string {
  const taken = new Set(plans.map((plan) => plan.name.toLowerCase()));
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? '' : ` (${copy})`;
    // Cut without leaving half of a character made of two code units (an emoji) before the suffix.
    const cut = name.slice(0, MAX_PLAN_NAME_LENGTH - suffix.length).replace(/[\uD800-\uDBFF]$/, '');
    const candidate = `${cut.trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** What the page says at /shared when no link has been opened in this tab, or after a reload. */
export const NO_PLAN_HELD_MESSAGE =
  'There is no plan to show. Pathway takes the plan out of the page’s address once it is open, so it is not kept in this tab’s history. To see the plan again, open the link again, or ask the person who sent it to send it again.';

/**
 * A plan opened from a link (`/shared#v3.…`): read, then taken out of the address (the history entry is
 * replaced), and shown from memory without saving, then saved if the person asks.
 */
export function SharedPlanRoute() {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const today = useToday();
  const fromLink = useMemo(
    () => (hash === '' || hash === '#' ? null : decodeSharedPlan(hash)),
    [hash],
  );
  const reading = fromLink ?? heldSharedPlan();
  useEffect(() => {
    if (fromLink === null) return;
    holdSharedPlan(fromLink);
    // Replace this history entry with one without the fragment: neither the address bar nor Back
    // holds the plan now. A broken link's text goes too, as it may still hold answers.
    navigate({ pathname, search }, { replace: true });
  }, [fromLink, navigate, pathname, search]);
  const result = useMemo(
    () => (reading?.ok ? timelineFor(reading.answers, today) : null),
    [reading, today],
  );

  if (reading === null)
    return <BrokenLinkPage message={NO_PLAN_HELD_MESSAGE} startHref={paths.start} />;
  if (!reading.ok) return <BrokenLinkPage message={reading.message} startHref={paths.start} />;

  const { name, answers, unreadable } = reading;
  const answerRows = questionsFor(answers).flatMap((question) => {
    const value = answerSummary(question, answers);
    return value === null ? [] : [{ key: questionLabel(question, answers), value }];
  });
  if (answers.changes !== undefined && answers.changes.length > 0) {
    const count = answers.changes.length;
    answerRows.push({
      key: 'Part-time periods and time out',
      value: `${count} ${count === 1 ? 'period' : 'periods'}`,
    });
  }

  let route;
  if (result?.ok) {
    const { timeline } = result;
    const drawUntil = timeline.summary.cct === null ? today : addYears(timeline.summary.cct, 1);
    route = (
      <>
        <h2>The route in this plan</h2>
        <TimelineView
          timeline={timeline}
          sourcesHref={paths.sources}
          overview={
            timeline.stages.length > 0 ? (
              <VisualTimeline stages={timeline.stages} today={today} drawUntil={drawUntil} />
            ) : null
          }
        />
      </>
    );
  } else {
    // A period the engine refuses (a credit that makes no day of progress) is not an unfinished plan:
    // say what is wrong with it, in the engine's words.
    const periodProblems = [
      ...new Set(
        (result?.ok === false ? result.errors : []).flatMap((error) =>
          error.period === undefined ? [] : [error.message],
        ),
      ),
    ];
    route =
      periodProblems.length > 0 ? (
        <>
          <p>We cannot show this plan’s route because of its part-time periods or time out:</p>
          <ul>
            {periodProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <p>Save it to change them.</p>
        </>
      ) : (
        <p>
          This plan is not finished, so we cannot show its route yet. Save it to answer the
          remaining questions.
        </p>
      );
  }

  return (
    <SharedPlanPage
      name={name}
      unreadable={unreadable}
      answerRows={answerRows}
      route={route}
      onSave={() => {
        const { plans, createPlan, setAnswers } = usePlansStore.getState();
        forgetSharedPlan();
        // createPlan opens the new plan; plans already saved are left as they are.
        const id = createPlan(freePlanName(name, plans));
        setAnswers(id, answers);
        navigate(paths.yourRoute);
      }}
    />
  );
}
