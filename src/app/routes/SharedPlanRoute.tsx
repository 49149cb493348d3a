import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { MAX_PLAN_NAME_LENGTH } from '../../domain/plan/plan-name';
import { decodeSharedPlan } from '../../domain/plan/share-link';
import { answerSummary, questionLabel } from '../../features/plan-questions/answer-summary';
import { questionsFor } from '../../features/plan-questions/flow';
import { BrokenLinkPage, SharedPlanPage } from '../../features/shared-plan/SharedPlanPage';
import { TimelineView } from '../../features/timeline/TimelineView';
import { VisualTimeline } from '../../features/timeline/VisualTimeline';
import { addYears } from '../../domain/dates';
import { paths } from '../paths';
import { type SavedPlan, usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';
import { timelineFor } from '../../state/plan-timeline';

/** The name, or "<name> (2)" and so on when a saved plan already has it, cut to the length limit. */
export function freePlanName(name: string, plans: readonly SavedPlan[]): string {
  const taken = new Set(plans.map((plan) => plan.name.toLowerCase()));
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? '' : ` (${copy})`;
    const candidate = `${name.slice(0, MAX_PLAN_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** A plan opened from a link (`/shared#v2.…`): shown without saving, then saved if the person asks. */
export function SharedPlanRoute() {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const today = useToday();
  const reading = useMemo(() => decodeSharedPlan(hash), [hash]);
  const result = useMemo(
    () => (reading.ok ? timelineFor(reading.answers, today) : null),
    [reading, today],
  );

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
    route = (
      <p>
        This plan is not finished, so we cannot show its route yet. Save it to answer the remaining
        questions.
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
        // createPlan opens the new plan; plans already saved are left as they are.
        const id = createPlan(freePlanName(name, plans));
        setAnswers(id, answers);
        navigate(paths.yourRoute);
      }}
    />
  );
}
