import { formatLongDate } from '../domain/dates';
import { findRule, findSource, type SourceId } from '../domain/rules';

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
        const isExternal = source.url.startsWith('http');
        return (
          <span key={sourceId}>
            {index > 0 && '; '}
            <a href={source.url} {...(isExternal ? { rel: 'noreferrer' } : {})}>
              {source.publisher}: {source.title}
            </a>{' '}
            (checked {formatLongDate(source.checkedOn)}, {CONFIDENCE_WORDS[confidence]} confidence)
          </span>
        );
      })}
    </p>
  );
}
