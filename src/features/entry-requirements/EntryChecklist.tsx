import { Link } from 'react-router';
import type { IsoDate } from '../../domain/dates';
import { checkEntryRequirements, type EntryStatus } from '../../domain/entry';
import { SourceReferences } from '../../ui/SourceReferences';
import { Tag, type TagColour } from '../../ui/Tag';

const STATUS_TAGS: Readonly<Record<EntryStatus, { label: string; colour: TagColour } | null>> = {
  meets: { label: 'Meets typical offers', colour: 'green' },
  below: { label: 'Below typical offers', colour: 'orange' },
  missing: { label: 'Missing', colour: 'red' },
  'not-given': { label: 'Not answered', colour: 'grey' },
  info: null,
};

type EntryChecklistProps = {
  /** The saved qualifications, as stored (the check reads them defensively). */
  readonly qualifications: unknown;
  readonly stage: string;
  readonly medicalSchoolRoute: string;
  /** The plan's nation: the check speaks of its qualifications (National 5s and Highers in Scotland). */
  readonly nation?: string;
  readonly changeHref: string;
  readonly today: IsoDate;
};

/**
 * What medical schools typically ask for, set against the grades given: what is met, what falls short,
 * and the options and tests everyone needs to know about. It says what is typical, never that a place is
 * certain, and where to check.
 */
export function EntryChecklist({
  qualifications,
  stage,
  medicalSchoolRoute,
  nation,
  changeHref,
  today,
}: EntryChecklistProps) {
  const result = checkEntryRequirements(qualifications, {
    stage,
    medicalSchoolRoute,
    ...(nation === undefined ? {} : { nation }),
  });
  return (
    <section aria-labelledby="entry-requirements" className="app-entry-checklist">
      <h2 id="entry-requirements">Getting into medical school</h2>
      <p>
        What medical schools typically ask for, compared with the grades you gave. Meeting a typical
        offer is not an offer: each school sets its own requirements.{' '}
        <Link to={changeHref}>Change your grades</Link>
      </p>
      {result.unreadable.length > 0 && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Some saved answers could not be read and were left out: {result.unreadable.join('; ')}.
          </p>
        </div>
      )}
      <ul className="nhsuk-list app-entry-checklist__items">
        {result.items.map((item) => {
          const tag = STATUS_TAGS[item.status];
          return (
            <li
              key={item.id}
              className={`app-entry-checklist__item app-entry-checklist__item--${item.status}${item.prominent ? ' app-entry-checklist__item--prominent' : ''}`}
            >
              <h3 className="nhsuk-heading-s app-entry-checklist__title">
                {item.title}
                {tag && (
                  <>
                    {' '}
                    <Tag colour={tag.colour}>{tag.label}</Tag>
                  </>
                )}
              </h3>
              <p>{item.summary}</p>
              {item.detail && <p className="nhsuk-body-s">{item.detail}</p>}
              <SourceReferences ruleIds={item.ruleIds} today={today} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
