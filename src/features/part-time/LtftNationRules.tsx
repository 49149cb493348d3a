import { type LtftNation, ltftRuleIdsFor, ltftRulesFor } from '../../domain/cct';
import type { IsoDate } from '../../domain/dates';
import { SourceReferences } from '../../ui/SourceReferences';

type LtftNationRulesProps = {
  readonly nation: LtftNation;
  readonly today: IsoDate;
  /** The heading's level: 2 on its own, 3 inside another section. */
  readonly headingLevel: 2 | 3;
};

/**
 * The nation's own rules for training less than full time: who can apply, who approves it and how
 * much notice to give, each from that nation's sources. Where Pathway found no rule, it says so.
 */
export function LtftNationRules({ nation, today, headingLevel }: LtftNationRulesProps) {
  const rules = ltftRulesFor(nation);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const rows = [
    { key: 'Who can apply', text: rules.eligibility.note },
    { key: 'Who approves it', text: rules.approval.note },
    { key: 'Notice', text: rules.notice.note },
  ];
  return (
    <>
      <Heading className={headingLevel === 2 ? 'nhsuk-heading-m' : 'nhsuk-heading-s'}>
        Training less than full time in {rules.name}
      </Heading>
      <dl className="nhsuk-summary-list">
        {rows.map((row) => (
          <div className="nhsuk-summary-list__row" key={row.key}>
            <dt className="nhsuk-summary-list__key">{row.key}</dt>
            <dd className="nhsuk-summary-list__value">{row.text}</dd>
          </div>
        ))}
      </dl>
      <SourceReferences ruleIds={ltftRuleIdsFor(nation)} today={today} />
    </>
  );
}
