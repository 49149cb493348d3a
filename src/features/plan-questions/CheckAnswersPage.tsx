import { Link } from 'react-router';
import type { PlanAnswers } from '../../domain/plan/answers';
import type { PlanError, PlanField } from '../../domain/plan/types';
import { BackLink } from '../../ui/BackLink';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { usePageTitle } from '../../ui/usePageTitle';
import { answerSummary, questionLabel } from './answer-summary';
import { type QuestionId, questionsFor } from './flow';

/** Which question fixes an error the engine found in the whole plan. */
const QUESTION_FOR_FIELD: Readonly<Partial<Record<PlanField, QuestionId>>> = {
  dateOfBirth: 'date-of-birth',
  nation: 'nation',
  now: 'where-are-you-now',
  'now.stage': 'where-are-you-now',
  'now.yearGroup': 'where-are-you-now',
  'now.year': 'where-are-you-now',
  medicalSchoolRoute: 'medical-school-route',
  intercalate: 'medical-school-route',
  gapYearsBeforeMedicalSchool: 'gap-years',
  yearsBeforeCoreTraining: 'time-before-core-training',
  coreRoute: 'core-route',
  st4Route: 'st4-route',
  mrcp: 'mrcp',
  plannedSt4Year: 'st4-start-year',
  qualificationYear: 'medical-school-route',
};

/** Questions people may leave unanswered: GCSE grades and National 5s they may not know yet. */
const OPTIONAL_QUESTIONS: ReadonlySet<QuestionId> = new Set(['gcse-grades', 'national-5-grades']);

type CheckAnswersPageProps = {
  readonly answers: PlanAnswers;
  /** Errors the engine found in the whole plan, such as a medical school year beyond the course. */
  readonly planErrors: readonly PlanError[];
  readonly backHref: string;
  readonly questionHref: (question: QuestionId, returnToCheck: boolean) => string;
  readonly onConfirm: () => void;
};

/** Check your answers: every answer with a change link, then on to the route. */
export function CheckAnswersPage({
  answers,
  planErrors,
  backHref,
  questionHref,
  onConfirm,
}: CheckAnswersPageProps) {
  const questions = questionsFor(answers);
  const unanswered = questions.filter(
    (question) => answerSummary(question, answers) === null && !OPTIONAL_QUESTIONS.has(question),
  );
  const errors = [
    ...unanswered.map((question) => ({
      href: `#answer-${question}`,
      message: `Answer "${questionLabel(question, answers)}"`,
    })),
    ...planErrors.map((error) => ({
      href: `#answer-${QUESTION_FOR_FIELD[error.field] ?? 'where-are-you-now'}`,
      message: error.message,
    })),
  ];
  usePageTitle('Check your answers', errors.length > 0);
  const canContinue = errors.length === 0;

  return (
    <>
      <BackLink to={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1>Check your answers</h1>
          <dl className="nhsuk-summary-list">
            {questions.map((question) => {
              const summary = answerSummary(question, answers);
              const label = questionLabel(question, answers);
              // Only the first letter lower case, so names keep theirs: "National 5s", "GCSE grades".
              const inSentence = `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
              return (
                <div className="nhsuk-summary-list__row" key={question}>
                  <dt className="nhsuk-summary-list__key">{label}</dt>
                  <dd className="nhsuk-summary-list__value">
                    {summary ??
                      (OPTIONAL_QUESTIONS.has(question) ? 'Not provided' : 'Not answered')}
                  </dd>
                  <dd className="nhsuk-summary-list__actions">
                    <Link id={`answer-${question}`} to={questionHref(question, true)}>
                      {summary === null ? 'Answer' : 'Change'}
                      <span className="nhsuk-u-visually-hidden"> {inSentence}</span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
          {canContinue ? (
            <button className="nhsuk-button" type="button" onClick={onConfirm}>
              See your route
            </button>
          ) : (
            <p>Answer the questions above to see your route.</p>
          )}
        </div>
      </div>
    </>
  );
}
