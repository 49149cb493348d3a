import type { ComponentType } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import type { PlanAnswers } from '../../domain/plan/answers';
import { CoreRouteQuestion } from '../../features/plan-questions/CoreRouteQuestion';
import { DateOfBirthQuestion } from '../../features/plan-questions/DateOfBirthQuestion';
import { DegreeQuestion } from '../../features/plan-questions/DegreeQuestion';
import {
  type QuestionId,
  applies,
  firstUnanswered,
  isQuestionId,
  nextStep,
  previousStep,
  questionPosition,
} from '../../features/plan-questions/flow';
import { GapYearsQuestion } from '../../features/plan-questions/GapYearsQuestion';
import { GcseGradesQuestion } from '../../features/plan-questions/GcseGradesQuestion';
import { MedicalSchoolRouteQuestion } from '../../features/plan-questions/MedicalSchoolRouteQuestion';
import { MrcpQuestion } from '../../features/plan-questions/MrcpQuestion';
import { National5Question } from '../../features/plan-questions/National5Question';
import { NationQuestion } from '../../features/plan-questions/NationQuestion';
import { QuestionPositionContext } from '../../features/plan-questions/question-position';
import type { QuestionProps } from '../../features/plan-questions/question-props';
import { SchoolGradesQuestion } from '../../features/plan-questions/SchoolGradesQuestion';
import { SchoolQualificationsQuestion } from '../../features/plan-questions/SchoolQualificationsQuestion';
import { St4RouteQuestion } from '../../features/plan-questions/St4RouteQuestion';
import { St4StartYearQuestion } from '../../features/plan-questions/St4StartYearQuestion';
import { TimeBeforeCoreTrainingQuestion } from '../../features/plan-questions/TimeBeforeCoreTrainingQuestion';
import { WhereAreYouNowQuestion } from '../../features/plan-questions/WhereAreYouNowQuestion';
import { paths, stepPath } from '../paths';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import { useToday } from '../../state/today';
import { NotFoundPage } from './NotFoundPage';
import { useQuestionFormKey } from './question-form-key';

const QUESTION_PAGES: Readonly<
  Record<Exclude<QuestionId, 'school-grades'>, ComponentType<QuestionProps>>
> = {
  'where-are-you-now': WhereAreYouNowQuestion,
  'date-of-birth': DateOfBirthQuestion,
  nation: NationQuestion,
  'school-qualifications': SchoolQualificationsQuestion,
  'gcse-grades': GcseGradesQuestion,
  'national-5-grades': National5Question,
  degree: DegreeQuestion,
  'medical-school-route': MedicalSchoolRouteQuestion,
  'gap-years': GapYearsQuestion,
  'time-before-core-training': TimeBeforeCoreTrainingQuestion,
  'core-route': CoreRouteQuestion,
  'st4-route': St4RouteQuestion,
  mrcp: MrcpQuestion,
  'st4-start-year': St4StartYearQuestion,
};

/** One question page, reading and saving the open plan. "?return=check" comes back to the check page. */
export function QuestionRoute() {
  const { questionId } = useParams();
  const [searchParams] = useSearchParams();
  const returnToCheck = searchParams.get('return') === 'check';
  const navigate = useNavigate();
  const today = useToday();
  const activePlan = usePlansStore(selectActivePlan);
  const ensureActivePlan = usePlansStore((state) => state.ensureActivePlan);
  const setAnswers = usePlansStore((state) => state.setAnswers);
  // Not keyed by the plan's updatedAt: another tab's save must not reset what is chosen here.
  const form = useQuestionFormKey(
    activePlan?.id ?? 'new',
    questionId ?? '',
    activePlan?.answers ?? {},
  );

  if (!isQuestionId(questionId)) return <NotFoundPage />;

  // With no plan open (a bookmark, or after everything was cleared) the page starts empty, and a plan
  // is only created when the person saves an answer, so nothing is stored unless they answer.
  const answers = activePlan?.answers ?? {};
  if (!applies(questionId, answers))
    return <Navigate to={stepPath(firstUnanswered(answers))} replace />;

  const previous = previousStep(questionId, answers);
  const backHref = returnToCheck
    ? paths.checkAnswers
    : previous === 'start'
      ? paths.start
      : paths.question(previous);

  const onSave = (changes: Partial<PlanAnswers>) => {
    setAnswers(activePlan?.id ?? ensureActivePlan(), changes);
    const updated: PlanAnswers = { ...answers, ...changes };
    // After a change from the check page, ask anything the change has made newly relevant, then go back.
    const next = returnToCheck ? firstUnanswered(updated) : nextStep(questionId, updated);
    navigate(stepPath(next, returnToCheck && next !== 'check-answers'));
  };

  const props: QuestionProps = { answers, today, backHref, onSave };
  const position = questionPosition(questionId, answers);
  if (questionId === 'school-grades') {
    const qualification = answers.qualifications?.schoolQualification;
    if (!qualification || qualification.kind === 'other')
      return <Navigate to={paths.question('school-qualifications')} replace />;
    return (
      <QuestionPositionContext value={position}>
        {/* Changes bubble up here, so a save in another tab keeps what was chosen. */}
        <div onChange={form.onFormChange}>
          <SchoolGradesQuestion key={form.key} {...props} qualification={qualification} />
        </div>
      </QuestionPositionContext>
    );
  }
  const Page = QUESTION_PAGES[questionId];
  // The key gives each plan and question fresh form state, filled from the saved answers.
  return (
    <QuestionPositionContext value={position}>
      <div onChange={form.onFormChange}>
        <Page key={form.key} {...props} />
      </div>
    </QuestionPositionContext>
  );
}
