import { type Statement, isOldFigure } from '../../domain/roles/statements';
import { StatementSource } from '../../ui/SourceReferences';
import { Tag } from '../../ui/Tag';

/**
 * One statement and, straight after it, its source. The only way the roles page shows a fact, so
 * nothing appears without a source and a checked-on date. Old figures say so, with their year.
 */
export function SourcedStatement({ statement }: { readonly statement: Statement }) {
  return (
    <>
      <p className="app-statement" data-statement-id={statement.id}>
        {isOldFigure(statement) && (
          <>
            <Tag colour="grey">Old figure: {statement.figureYear}</Tag>
            {/* So a screen reader pauses between the tag and the sentence. */}
            <span className="nhsuk-u-visually-hidden">.</span>{' '}
          </>
        )}
        {statement.text}
      </p>
      <StatementSource citation={statement} />
    </>
  );
}

/** Statements as a list, each item a statement and its source. */
export function SourcedList({ statements }: { readonly statements: readonly Statement[] }) {
  return (
    <ul className="app-sourced-list">
      {statements.map((statement) => (
        <li key={statement.id}>
          <SourcedStatement statement={statement} />
        </li>
      ))}
    </ul>
  );
}
