import { Link } from 'react-router';

export type AssumedAnswer = {
  /** The question, as the check answers page names it. */
  readonly label: string;
  /** The answer the route uses until the person gives their own. */
  readonly answer: string;
};

type AssumedAnswersNoticeProps = {
  readonly assumed: readonly AssumedAnswer[];
  /** The next question not answered yet. */
  readonly continueHref: string;
};

/** For a plan part-way through the questions: which answers the route has assumed, and where to carry on. */
export function AssumedAnswersNotice({ assumed, continueHref }: AssumedAnswersNoticeProps) {
  if (assumed.length === 0) return null;
  return (
    <section className="nhsuk-inset-text" aria-labelledby="assumed-answers-heading">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <h2 className="nhsuk-heading-s" id="assumed-answers-heading">
        Some answers are assumed
      </h2>
      <p>You have not answered every question yet, so this route assumes:</p>
      <ul>
        {assumed.map((item) => (
          <li key={item.label}>
            {item.label}: {item.answer}
          </li>
        ))}
      </ul>
      <p>
        <Link to={continueHref}>Continue with the questions</Link> to give your own answers.
      </p>
    </section>
  );
}
