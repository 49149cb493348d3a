import { Fragment, type ReactNode, useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import type { IsoDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import {
  DETAIL_HEADINGS,
  DETAIL_KINDS,
  type Details,
  type Role,
  type RouteRelation,
  rolesContent,
} from '../../domain/roles/content';
import type { OtherRoute, OtherRouteStatus } from '../../domain/roles/other-routes';
import { toggleReflection } from '../../domain/roles/reflections';
import type { TagColour } from '../../ui/Tag';
import { Tag } from '../../ui/Tag';
import { usePageTitle } from '../../ui/usePageTitle';
import { AcademicRouteOffer } from './AcademicRouteOffer';
import { ROLES_SECTIONS, type RolesSectionId, sectionTitle } from './sections';
import { SkillsChecklist } from './SkillsChecklist';
import { SourcedList, SourcedStatement } from './SourcedStatement';

export type RolesPageProps = {
  /** The open plan, or null when none is saved on this device. */
  readonly plan: { readonly name: string; readonly answers: PlanAnswers } | null;
  readonly today: IsoDate;
  readonly links: {
    readonly start: string;
    readonly yourRoute: string;
    readonly sources: string;
  };
  /** Saves the skills checklist's ticks with the open plan. */
  readonly onReflectionsChange: (reflections: readonly string[]) => void;
  /** Opens a copy of the open plan with the academic route's answers, as a new plan. */
  readonly onOpenAcademicRoute: (answers: PlanAnswers) => void;
};

const RELATION_TAGS: Readonly<Record<RouteRelation, string>> = {
  'planned-route': 'The route Pathway plans',
  'academic-variant': 'Can be opened as a new plan',
  'different-route': 'A different route',
  'wider-role': 'A wider role',
};

const OTHER_ROUTE_TAGS: Readonly<
  Record<OtherRouteStatus, { readonly text: string; readonly colour: TagColour }>
> = {
  planned: { text: 'Pathway can plan this route', colour: 'blue' },
  'not-planned': { text: 'Pathway does not date this route', colour: 'orange' },
  ended: { text: 'Ended', colour: 'grey' },
};

function Section({ id, children }: { readonly id: RolesSectionId; readonly children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="app-roles-section">
      <h2 id={id} tabIndex={-1}>
        {sectionTitle(id)}
      </h2>
      {children}
    </section>
  );
}

/** The parts of a setting or role the sources say something about, each under its own heading. */
function DetailParts({
  details,
  after,
}: {
  readonly details: Details;
  readonly after?: ReactNode;
}) {
  return (
    <>
      {DETAIL_KINDS.map((kind) => {
        const statements = details[kind] ?? [];
        const extra = kind === 'plan' ? after : null;
        if (statements.length === 0 && !extra) return null;
        return (
          <Fragment key={kind}>
            <h4>{DETAIL_HEADINGS[kind]}</h4>
            {statements.map((statement) => (
              <SourcedStatement key={statement.id} statement={statement} />
            ))}
            {extra}
          </Fragment>
        );
      })}
    </>
  );
}

/** The roles page: settings, patients, the care, procedures, roles and routes, skills, workforce. */
export function RolesPage({
  plan,
  today,
  links,
  onReflectionsChange,
  onOpenAcademicRoute,
}: RolesPageProps) {
  usePageTitle('Roles in palliative medicine');
  const { hash } = useLocation();
  const content = rolesContent;

  // A link to a section (from the route page) lands on its heading. It waits a moment, because the
  // page shell moves focus to the main content after a page change, and that runs after this.
  useEffect(() => {
    if (hash.length <= 1) return;
    const timer = window.setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      target?.focus();
      target?.scrollIntoView?.();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [hash]);

  function planEffect(role: Role): ReactNode {
    switch (role.relation) {
      case 'planned-route':
        return (
          <p data-ui>
            This is the route Pathway plans.{' '}
            {plan ? (
              <Link to={links.yourRoute}>See your route</Link>
            ) : (
              <Link to={links.start}>Start a plan to see your route</Link>
            )}
            .
          </p>
        );
      case 'academic-variant':
        return (
          <AcademicRouteOffer
            plan={plan}
            today={today}
            startHref={links.start}
            onOpen={onOpenAcademicRoute}
          />
        );
      case 'different-route':
        return (
          <p data-ui>
            This is a different route from the one Pathway plans (core training in internal
            medicine, then ST4 to ST7 in palliative medicine), so Pathway cannot open it as a plan.
          </p>
        );
      case 'wider-role':
        return <p data-ui>Pathway does not show this as a change to your training route.</p>;
    }
  }

  function otherRouteEffect(route: OtherRoute): ReactNode {
    if (route.status !== 'planned') return null;
    return (
      <p data-ui>
        To plan it, say you are in another training programme or doctor’s job when asked where you
        are now, then choose the Alternative Certificate.{' '}
        {plan ? (
          <Link to={links.yourRoute}>See your route</Link>
        ) : (
          <Link to={links.start}>Start a plan</Link>
        )}
        .
      </p>
    );
  }

  const ticked = plan ? (plan.answers.reflections ?? []) : null;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {plan && <span className="nhsuk-caption-l">{plan.name}</span>}
        <h1>Roles in palliative medicine</h1>
        {content.intro.map((statement) => (
          <SourcedStatement key={statement.id} statement={statement} />
        ))}
        <p data-ui>
          Each statement on this page is followed by its source, the date it was checked and how far
          it can be trusted.
        </p>

        <nav className="nhsuk-contents-list" aria-labelledby="roles-contents">
          <h2 className="nhsuk-u-visually-hidden" id="roles-contents">
            Contents
          </h2>
          <ol className="nhsuk-contents-list__list">
            {ROLES_SECTIONS.map((section) => (
              <li className="nhsuk-contents-list__item" key={section.id}>
                <a className="nhsuk-contents-list__link" href={`#${section.id}`}>
                  {section.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>

        <Section id="where-you-work">
          {content.settingsIntro.map((statement) => (
            <SourcedStatement key={statement.id} statement={statement} />
          ))}
          {content.settings.map((setting) => (
            <section
              key={setting.id}
              aria-labelledby={`setting-${setting.id}`}
              className="app-roles-item"
            >
              <h3 id={`setting-${setting.id}`}>{setting.title}</h3>
              <SourcedStatement statement={setting.summary} />
              <DetailParts details={setting.details} />
            </section>
          ))}
        </Section>

        <Section id="patients">
          <SourcedList statements={content.patients} />
        </Section>

        <Section id="what-the-care-covers">
          <SourcedList statements={content.care} />
        </Section>

        <Section id="procedures">
          {content.procedures.map((procedure) => (
            <section
              key={procedure.id}
              aria-labelledby={`procedure-${procedure.id}`}
              className="app-roles-item"
            >
              <h3 id={`procedure-${procedure.id}`}>{procedure.name}</h3>
              <SourcedStatement statement={procedure.listed} />
              <SourcedStatement statement={procedure.plainEnglish} />
            </section>
          ))}
        </Section>

        <Section id="roles-and-routes">
          {content.roles.map((role) => (
            <section key={role.id} aria-labelledby={`role-${role.id}`} className="app-roles-item">
              <h3 id={`role-${role.id}`}>{role.title}</h3>
              <p data-ui>
                <Tag colour={role.relation === 'different-route' ? 'orange' : 'blue'}>
                  {RELATION_TAGS[role.relation]}
                </Tag>
              </p>
              <SourcedStatement statement={role.summary} />
              <DetailParts details={role.details} after={planEffect(role)} />
            </section>
          ))}
        </Section>

        <Section id="other-routes">
          <p data-ui>
            Most doctors reach palliative medicine through IMT or ACCS-IM. These are the other ways
            in, and one that has ended.
          </p>
          {content.otherRoutes.map((route) => (
            <section
              key={route.id}
              aria-labelledby={`other-route-${route.id}`}
              className="app-roles-item"
            >
              <h3 id={`other-route-${route.id}`}>{route.title}</h3>
              <p data-ui>
                <Tag colour={OTHER_ROUTE_TAGS[route.status].colour}>
                  {OTHER_ROUTE_TAGS[route.status].text}
                </Tag>
              </p>
              {route.statements.map((statement) => (
                <SourcedStatement key={statement.id} statement={statement} />
              ))}
              {otherRouteEffect(route)}
            </section>
          ))}
        </Section>

        <Section id="skills">
          <SkillsChecklist
            skills={content.skills}
            ticked={ticked}
            startHref={links.start}
            onChange={(skillId, isTicked) =>
              onReflectionsChange(toggleReflection(ticked ?? [], skillId, isTicked))
            }
          />
        </Section>

        <Section id="workforce">
          {content.workforce.map((statement) => (
            <SourcedStatement key={statement.id} statement={statement} />
          ))}
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            {content.notFound.map((statement) => (
              <SourcedStatement key={statement.id} statement={statement} />
            ))}
          </div>
        </Section>

        <p data-ui>
          <Link to={links.sources}>Every source, and where sources disagree</Link>
        </p>
      </div>
    </div>
  );
}
