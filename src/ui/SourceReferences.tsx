import { formatLongDate } from '../domain/dates';
import { findRule, findSource, type SourceId } from '../domain/rules';
import type { Source } from '../domain/rules/sources';

/** "Publisher: title", without saying the publisher twice when the title already starts with it. */
export function sourceLabel(source: Source): string {
  return source.title.startsWith(source.publisher)
    ? source.title
    : `${source.publisher}: ${source.title}`;
}

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

type SourceReferencesProps = { readonly ruleIds: readonly string[] };

/**
 * The sources behind a figure: each rule's main source as a link with the date it was checked and how
 * far it can be trusted. Repeated sources are shown once.
 */
export function SourceReferences({ ruleIds }: SourceReferencesProps) {
  const seen = new Set<SourceId>();
  const references: { sourceId: SourceId; confidence: keyof typeof CONFIDENCE_WORDS }[] = [];
  for (const ruleId of ruleIds) {
    const rule = findRule(ruleId);
    if (!rule || seen.has(rule.sourceId)) continue;
    seen.add(rule.sourceId);
    references.push({ sourceId: rule.sourceId, confidence: rule.confidence });
  }
  if (references.length === 0) return null;
  return (
    <p className="nhsuk-body-s app-source">
      {references.length === 1 ? 'Source: ' : 'Sources: '}
      {references.map(({ sourceId, confidence }, index) => {
        const source = findSource(sourceId);
        return (
          <span key={sourceId}>
            {index > 0 && '; '}
            <SourceLink sourceId={sourceId} /> (checked {formatLongDate(source.checkedOn)},{' '}
            {CONFIDENCE_WORDS[confidence]} confidence)
          </span>
        );
      })}
    </p>
  );
}
