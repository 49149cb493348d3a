import { type IsoDate, formatLongDate } from '../../domain/dates';
import { allRules, conflicts, sources, type SourceId } from '../../domain/rules';
import { isPastReview } from '../../domain/rules/due';
import { higherTrainingLength } from '../../domain/rules/specialty';
import { SourceLink } from '../../ui/SourceReferences';
import { usePageTitle } from '../../ui/usePageTitle';

const KIND_WORDS = {
  official: 'Official or primary source',
  secondary: 'Secondary source',
  copy: 'Copy of an official document on another site',
  derived: 'Worked out by Pathway',
} as const;

function rulesUsing(sourceId: SourceId) {
  return allRules.filter(
    (rule) => rule.sourceId === sourceId || rule.alsoSourceIds?.includes(sourceId),
  );
}

/** The earliest day any of `rules` is due to be checked again. */
function earliestReview(rules: ReturnType<typeof rulesUsing>): IsoDate | null {
  return rules.reduce<IsoDate | null>(
    (earliest, rule) => (earliest === null || rule.reviewBy < earliest ? rule.reviewBy : earliest),
    null,
  );
}

/** Every source with the date it was checked, and every place sources disagree. */
export function SourcesPage({ today }: { readonly today: IsoDate }) {
  usePageTitle('Sources and where they disagree');
  const sourceIds = (Object.keys(sources) as SourceId[]).sort((a, b) =>
    sources[a].publisher.localeCompare(sources[b].publisher),
  );
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sources and where they disagree</h1>
        <p>
          Every date and figure in this planner comes from the pages below. Each one shows when it
          was last checked and how far it can be trusted. Dates projected from a yearly pattern are
          marked as estimates.
        </p>

        <h2 id="where-sources-disagree">Where sources disagree</h2>
        {conflicts.map((conflict) => (
          <section
            key={conflict.id}
            id={`conflict-${conflict.id}`}
            aria-labelledby={`conflict-${conflict.id}-title`}
          >
            <h3 id={`conflict-${conflict.id}-title`}>{conflict.title}</h3>
            <ul>
              {conflict.claims.map((claim) => (
                <li key={claim.sourceId}>
                  <SourceLink sourceId={claim.sourceId} /> says: {claim.says}
                </li>
              ))}
            </ul>
            <p>
              <strong>What Pathway uses:</strong> {conflict.resolution}
            </p>
          </section>
        ))}

        <h2 id="how-dates-are-worked-out">How dates are worked out</h2>
        <p>
          Some dates are not published years ahead, so Pathway works them out from the usual
          pattern:
        </p>
        <ul>
          <li>training posts start on the first Wednesday in August</li>
          <li>
            medical courses start in September and students graduate in the summer (shown as July)
          </li>
          <li>
            application rounds open at about the same time each year as in the most recent published
            round
          </li>
          <li>
            your Certificate of Completion of Training (CCT) falls{' '}
            {higherTrainingLength.value.years} years after you start ST4, less one day
          </li>
        </ul>
        <p>
          These dates are marked as estimates. Check the real dates with the organisation that sets
          them.
        </p>

        <h2 id="when-facts-are-checked">When facts are checked again</h2>
        <p>
          Pay awards, test dates and application windows change every year. Each fact has a date by
          which it should be checked again, soon after the next expected announcement. Once that
          date has passed, Pathway says the figure may be out of date until it is checked.
        </p>

        <h2 id="all-sources">All sources</h2>
        <ul className="nhsuk-list nhsuk-list--border">
          {sourceIds.map((sourceId) => {
            const source = sources[sourceId];
            const usedFor = rulesUsing(sourceId);
            const reviewBy = earliestReview(usedFor);
            return (
              <li key={sourceId} id={`source-${sourceId}`}>
                <SourceLink sourceId={sourceId} />
                <br />
                <span className="nhsuk-body-s">
                  {KIND_WORDS[source.kind]}, checked {formatLongDate(source.checkedOn)}.
                  {usedFor.length > 0 &&
                    ` Used for: ${usedFor.map((rule) => rule.title).join('; ')}.`}
                  {reviewBy !== null &&
                    (isPastReview(reviewBy, today) ? (
                      <>
                        {' '}
                        <strong>May be out of date</strong>: it was due to be checked again by{' '}
                        {formatLongDate(reviewBy)}.
                      </>
                    ) : (
                      ` To be checked again by ${formatLongDate(reviewBy)}.`
                    ))}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
