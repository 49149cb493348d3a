import { checkEntryRequirements } from '../../domain/entry';
import type { PlanAnswers } from '../../domain/plan/answers';
import { MAX_SHARED_PLAN_LENGTH, encodeSharedPlan } from '../../domain/plan/share-link';
import { EntryChecklist } from '../../features/entry-requirements/EntryChecklist';
import { assumedAnswerSummaries } from '../../features/plan-questions/assumed-answers';
import { firstUnanswered } from '../../features/plan-questions/flow';
import { DownloadPlanFile } from '../../features/shared-plan/DownloadPlanFile';
import { SharePlanSection } from '../../features/shared-plan/SharePlanSection';
import { TimelinePage } from '../../features/timeline/TimelinePage';
import { partTimePaths, paths, stepPath } from '../paths';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';
import { NoPlanYet } from '../../ui/NoPlanYet';

const BEFORE_MEDICAL_SCHOOL = new Set(['school', 'gap-year', 'graduate']);

/** The whole link to a plan, or null if it is too big for one. Its answers are in the fragment. */
export function sharedPlanLink(name: string, answers: PlanAnswers, origin: string): string | null {
  const text = encodeSharedPlan(name, answers);
  return text.length > MAX_SHARED_PLAN_LENGTH ? null : `${origin}${paths.shared}#${text}`;
}

/** The open plan's route, with the entry requirements check for people not yet at medical school. */
export function TimelineRoute() {
  const today = useToday();
  const activePlan = usePlansStore(selectActivePlan);
  const setAnswers = usePlansStore((state) => state.setAnswers);
  if (!activePlan)
    return (
      <NoPlanYet
        pageName="Your route"
        shows="your route to consultant, with dates and your age at each step"
        startHref={paths.start}
      />
    );

  const answers = activePlan.answers;
  const stage = answers.now?.stage;
  return (
    <TimelinePage
      planName={activePlan.name}
      planId={activePlan.id}
      answers={answers}
      assumedAnswers={assumedAnswerSummaries(answers)}
      today={today}
      links={{
        checkAnswers: paths.checkAnswers,
        continueQuestions: stepPath(firstUnanswered(answers)),
        plans: paths.plans,
        sources: paths.sources,
        partTime: partTimePaths.list({ context: 'plan', scenarioId: null }),
        pay: paths.pay,
        compare: paths.compare(),
        otherRoutes: paths.rolesSection('other-routes'),
      }}
      onAlreadyApplied={() => setAnswers(activePlan.id, { appliedInCurrentRound: true })}
      stageLinks={{
        'higher-specialty-training': {
          href: paths.rolesSection('where-you-work'),
          text: 'Where you will work: hospice, hospital and community teams',
        },
        consultant: { href: paths.rolesSection('roles-and-routes'), text: 'Roles for consultants' },
      }}
      entryCheck={
        stage !== undefined && BEFORE_MEDICAL_SCHOOL.has(stage)
          ? checkEntryRequirements(answers.qualifications, {
              stage,
              medicalSchoolRoute: answers.medicalSchoolRoute ?? 'standard',
              ...(answers.nation === undefined ? {} : { nation: answers.nation }),
            })
          : null
      }
      afterRoute={
        <>
          <SharePlanSection
            link={sharedPlanLink(activePlan.name, answers, window.location.origin)}
          />
          <DownloadPlanFile planName={activePlan.name} answers={answers} today={today} />
        </>
      }
      beforeList={
        stage !== undefined && BEFORE_MEDICAL_SCHOOL.has(stage) ? (
          <EntryChecklist
            qualifications={answers.qualifications}
            stage={stage}
            medicalSchoolRoute={answers.medicalSchoolRoute ?? 'standard'}
            {...(answers.nation === undefined ? {} : { nation: answers.nation })}
            changeHref={paths.question('school-qualifications', true)}
            today={today}
          />
        ) : null
      }
    />
  );
}
