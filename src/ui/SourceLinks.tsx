/**
 * Sources shown by id: a link, the sources behind some rules, the source of a statement. They show
 * the rules and sources registered (src/domain/rules/registry.ts): SourceReferences.tsx adds a
 * route's topics; a page showing only another topic (pay) imports this file and its topic alone.
 */
import { type IsoDate, formatLongDate } from '../domain/dates';
import { isPastReview } from '../domain/rules/due';
import { findSource, sourcesOfRules } from '../domain/rules/registry';
import { sourceLabel } from '../domain/rules/source';
import type { SourceId } from '../domain/rules/sources';
import type { Confidence, RuleId } from '../domain/rules/types';

/** A link to a source; external pages send no referrer. */
export function SourceLink({ sourceId }: { readonly sourceId: SourceId }) {
  const source = findSource(sourceId);
  return (
    <a href={source.url} {...(source.url.startsWith('http') ? { rel: 'noreferrer' } : {})}>
      {sourceLabel(source)}
    </a>
  );
}

const CONFIDENCE_WORDS = { high: 'high', medium: 'medium', low: 'low' } as const;

type SourceReferencesProps = {
  readonly ruleIds: readonly RuleId[];
  /** Today, to say "may be out of date" once a rule's review date has passed. */
  readonly today: IsoDate;
};

/**
 * The sources behind a figure: each rule's main source as a link with the date it was checked and how
 * far it can be trusted. Repeated sources are shown once. Once a rule was due to be checked again,
 * it says the figure may be out of date.
 */
export function SourceReferences({ ruleIds, today }: SourceReferencesProps) {
  const references = sourcesOfRules(ruleIds);
  if (references.length === 0) return null;
  return (
    <p className="nhsuk-body-s app-source">
      {references.length === 1 ? 'Source: ' : 'Sources: '}
      {references.map(({ sourceId, confidence, reviewBy }, index) => {
        const source = findSource(sourceId);
        return (
          <span key={sourceId}>
            {index > 0 && '; '}
            <SourceLink sourceId={sourceId} /> (checked {formatLongDate(source.checkedOn)},{' '}
            {CONFIDENCE_WORDS[confidence]} confidence
            {isPastReview(reviewBy, today) && (
              <>
                ; <strong>may be out of date</strong>: it was due to be checked again by{' '}
                {formatLongDate(reviewBy)}
              </>
            )}
            )
          </span>
        );
      })}
    </p>
  );
}

type StatementSourceProps = {
  /** Where a statement comes from: its source, any sources that agree, when checked, how far trusted. */
  readonly citation: {
    readonly sourceId: SourceId;
    readonly alsoSourceIds?: readonly SourceId[];
    readonly checkedOn: IsoDate;
    readonly confidence: Confidence;
  };
  /** A `div` inside form controls (a checkbox hint), a paragraph elsewhere. */
  readonly as?: 'p' | 'div';
  readonly id?: string;
  readonly className?: string;
};

/**
 * The source of one statement, shown straight after it: its sources as links, the date the statement
 * was checked and how far it can be trusted.
 */
export function StatementSource({ citation, as = 'p', id, className }: StatementSourceProps) {
  const sourceIds = [citation.sourceId, ...(citation.alsoSourceIds ?? [])];
  const Element = as;
  return (
    <Element id={id} className={`nhsuk-body-s app-source${className ? ` ${className}` : ''}`}>
      {sourceIds.length === 1 ? 'Source: ' : 'Sources: '}
      {sourceIds.map((sourceId, index) => (
        <span key={sourceId}>
          {index > 0 && '; '}
          <SourceLink sourceId={sourceId} />
        </span>
      ))}{' '}
      (checked {formatLongDate(citation.checkedOn)}, {CONFIDENCE_WORDS[citation.confidence]}{' '}
      confidence)
    </Element>
  );
}
