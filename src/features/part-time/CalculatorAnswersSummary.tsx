import { Link } from 'react-router';
import {
  type DirectAnswers,
  type DirectQuestion,
  formatMonthsAndDays,
  ltftRulesFor,
  percentOf,
} from '../../domain/cct';
import { formatLongDate } from '../../domain/dates';
import { STAGE_LABELS } from './CalculatorStageQuestion';

type CalculatorAnswersSummaryProps = {
  readonly answers: DirectAnswers;
  readonly questionHref: (question: DirectQuestion) => string;
};

function trainingLeftText(answers: DirectAnswers): string {
  const left = answers.trainingLeft;
  if (left.kind === 'cct-date') return `Current CCT date ${formatLongDate(left.currentCct)}`;
  const length = formatMonthsAndDays({ months: left.months, days: 0 });
  return `${length} of full-time training from ${formatLongDate(left.from)}`;
}

/** What the direct calculator was told, each answer with a change link. */
export function CalculatorAnswersSummary({ answers, questionHref }: CalculatorAnswersSummaryProps) {
  const percent = percentOf(answers.currentWte);
  const rows: { question: DirectQuestion; key: string; value: string }[] = [
    { question: 'nation', key: 'Where you train', value: ltftRulesFor(answers.nation).name },
    { question: 'stage', key: 'Stage of training', value: STAGE_LABELS[answers.stage] },
    { question: 'training-left', key: 'Training left', value: trainingLeftText(answers) },
    {
      question: 'hours',
      key: 'Hours now',
      value: answers.currentWte >= 1 ? `Full time (${percent}%)` : `${percent}% of full time`,
    },
  ];
  return (
    <>
      <h2 className="nhsuk-heading-m">Your training now</h2>
      <dl className="nhsuk-summary-list">
        {rows.map((row) => (
          <div className="nhsuk-summary-list__row" key={row.question}>
            <dt className="nhsuk-summary-list__key">{row.key}</dt>
            <dd className="nhsuk-summary-list__value">{row.value}</dd>
            <dd className="nhsuk-summary-list__actions">
              <Link to={questionHref(row.question)}>
                Change<span className="nhsuk-u-visually-hidden"> {row.key.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          Pathway works out the full-time training you have left from these answers. With part-time
          hours, the result can differ by a day from your deanery’s own figure.
        </p>
      </div>
    </>
  );
}
