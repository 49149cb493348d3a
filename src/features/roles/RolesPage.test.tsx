import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { type IsoDate, formatLongDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import { rolesContent } from '../../domain/roles/content';
import { collectStatements } from '../../domain/roles/statement-checks';
import type { Statement } from '../../domain/roles/statements';
import { findSource } from '../../domain/rules';
import { RolesPage } from './RolesPage';
import { ROLES_SECTIONS } from './sections';
import { YEAR_11_ANSWERS } from '../../../tests/support/plans';

const TODAY = '2026-11-25' as IsoDate;

const YEAR_11: PlanAnswers = YEAR_11_ANSWERS;

function renderPage(
  plan: { name: string; answers: PlanAnswers } | null = { name: 'Plan 1', answers: YEAR_11 },
  path = '/roles',
) {
  const onReflectionsChange = vi.fn();
  const onOpenAcademicRoute = vi.fn();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <RolesPage
        plan={plan}
        today={TODAY}
        links={{ start: '/', yourRoute: '/your-route', sources: '/sources' }}
        onReflectionsChange={onReflectionsChange}
        onOpenAcademicRoute={onOpenAcademicRoute}
      />
    </MemoryRouter>,
  );
  return { ...view, onReflectionsChange, onOpenAcademicRoute };
}

const statements = collectStatements(rolesContent) as Statement[];

/** Checks that `element` is followed straight away by the statement's source, date and confidence. */
function expectSourceAfter(element: Element, item: Statement) {
  const source = element.nextElementSibling;
  expect(source, item.id).not.toBeNull();
  expect(source?.classList.contains('app-source'), item.id).toBe(true);
  const links = within(source as HTMLElement).getAllByRole('link');
  expect(links.map((link) => link.getAttribute('href'))).toEqual(
    [item.sourceId, ...(item.alsoSourceIds ?? [])].map((id) => findSource(id).url),
  );
  expect(source).toHaveTextContent(
    `(checked ${formatLongDate(item.checkedOn)}, ${item.confidence} confidence)`,
  );
}

describe('RolesPage', () => {
  it('has a contents list leading to each section, with headings in order', () => {
    const { container } = renderPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Roles in palliative medicine' }),
    ).toBeInTheDocument();
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    expect(
      within(contents)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual(ROLES_SECTIONS.map((section) => [section.title, `#${section.id}`]));
    const sectionHeadings = screen
      .getAllByRole('heading', { level: 2 })
      .filter((heading) => heading.id !== 'roles-contents');
    expect(sectionHeadings.map((heading) => [heading.id, heading.textContent])).toEqual(
      ROLES_SECTIONS.map((section) => [section.id, section.title]),
    );
    // No level is skipped on the way down: h1, then h2, h3 and h4.
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) =>
      Number(heading.tagName.slice(1)),
    );
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level - (levels[index - 1] ?? 1)).toBeLessThanOrEqual(1);
    });
  });

  it('shows a section per setting and per role, with their parts under their own headings', () => {
    renderPage();
    for (const setting of rolesContent.settings)
      expect(screen.getByRole('heading', { level: 3, name: setting.title })).toBeInTheDocument();
    for (const role of rolesContent.roles)
      expect(screen.getByRole('heading', { level: 3, name: role.title })).toBeInTheDocument();
    for (const procedure of rolesContent.procedures)
      expect(screen.getByRole('heading', { level: 3, name: procedure.name })).toBeInTheDocument();
    const hospice = screen.getByRole('region', { name: 'Hospice inpatient units' });
    expect(
      within(hospice)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['What a day looks like', 'What training leads there', 'How it changes your plan']);
    expect(hospice).toHaveTextContent('responsible for the patient’s medical care');
  });

  it('says what consultants and SAS doctors are paid, from the pay rules', () => {
    renderPage();
    const consultant = screen.getByRole('region', { name: 'Consultant in palliative medicine' });
    expect(
      within(consultant).getByRole('heading', { level: 4, name: 'What it pays' }),
    ).toBeVisible();
    expect(consultant).toHaveTextContent(
      'In England in 2025/26, consultant basic pay starts at £109,725 a year and reaches £145,478 after 14 years as a consultant.',
    );
    const sas = screen.getByRole('region', { name: 'Specialty and specialist (SAS) doctors' });
    expect(sas).toHaveTextContent(
      'specialty doctors are paid £61,542 to £99,216 a year and specialists £100,870 to £111,441 (basic pay)',
    );
  });

  it('follows every statement in the content with its source, its checked-on date and confidence', () => {
    const { container } = renderPage();
    for (const item of statements) {
      const element = container.querySelector(`[data-statement-id="${item.id}"]`);
      expect(element, item.id).not.toBeNull();
      expect(element).toHaveTextContent(item.text);
      expectSourceAfter(element as Element, item);
    }
  });

  it('shows nothing as fact without a source: every other paragraph is a source line or says what the page does', () => {
    const { container } = renderPage();
    const shown = container.querySelectorAll('[data-statement-id]');
    // The content's statements and the academic example worked out for this plan.
    expect(shown).toHaveLength(statements.length + 1);
    for (const element of shown) {
      const source = element.nextElementSibling;
      expect(source?.classList.contains('app-source'), element.textContent ?? '').toBe(true);
    }
    const unsourced = [...container.querySelectorAll('p, label, li, .nhsuk-hint')].filter(
      (element) =>
        !element.hasAttribute('data-statement-id') &&
        !element.classList.contains('app-source') &&
        element.closest('[data-ui], nav, li:has([data-statement-id])') === null &&
        element.querySelector('[data-statement-id]') === null,
    );
    expect(unsourced.map((element) => element.textContent)).toEqual([]);
  });

  it('gives the APM’s current figures first, marks old workforce figures as old, with their year, and says no dated count was found', () => {
    renderPage();
    const workforce = screen.getByRole('region', { name: 'The workforce' });
    const figure = within(workforce).getByText(/409\.6 full-time-equivalent/);
    expect(figure).toHaveTextContent(/^Old figure: 2012\. In 2012 there were 409\.6/);
    expect(within(workforce).getByText(/57% of palliative medicine consultants/)).toHaveTextContent(
      /^Old figure: 2020/,
    );
    const now = within(workforce).getByText(/around 700 palliative medicine consultants/);
    expect(now).not.toHaveTextContent(/Old figure/);
    expect(now).toHaveTextContent('Around 48% of them work less than full time');
    expect(now).toHaveTextContent('does not say which year');
    expect(workforce).toHaveTextContent(
      'Pathway did not find a dated, current (2023 to 2025) count of palliative medicine consultants',
    );
  });

  it('explains each procedure in plain English, saying Pathway wrote the explanation', () => {
    renderPage();
    const paracentesis = screen.getByRole('region', { name: 'Paracentesis' });
    expect(paracentesis).toHaveTextContent(
      'drawing off fluid from one of the body’s natural cavities',
    );
    expect(
      within(paracentesis).getByRole('link', { name: /Pathway: Plain-English explanations/ }),
    ).toBeInTheDocument();
    expect(
      within(paracentesis).getByRole('link', {
        name: 'NHS Health Careers: Palliative medicine (explore roles)',
      }),
    ).toHaveAttribute(
      'href',
      'https://www.healthcareers.nhs.uk/explore-roles/medicine/palliative-medicine',
    );
    expect(paracentesis).toHaveTextContent('checked 24 November 2026');
  });

  it('offers the academic route worked out for the plan, and opens it as a new plan', async () => {
    const user = userEvent.setup();
    const { onOpenAcademicRoute } = renderPage();
    const academic = screen.getByRole('region', {
      name: 'Academic palliative medicine: fellowships and lectureships',
    });
    expect(academic).toHaveTextContent(
      'An example for Plan 1: 3 years of research out of programme (OOPR) from the start of your ST5 on 1 August 2040 to 31 July 2043, with 12 months counting towards training, would move your CCT from August 2043 to August 2045.',
    );
    await user.click(
      within(academic).getByRole('button', { name: 'Open the academic route as a new plan' }),
    );
    expect(onOpenAcademicRoute).toHaveBeenCalledWith({
      ...YEAR_11,
      changes: [{ id: 'p1', kind: 'oopr', start: '2040-08-01', end: '2043-07-31', credit: 1 / 3 }],
    });
    // It is the only role that can be opened as a plan.
    expect(screen.getAllByRole('button', { name: /as a new plan/ })).toHaveLength(1);
  });

  it('shows paediatric palliative medicine, GP and SAS posts as different routes, with no plan to open', () => {
    renderPage();
    for (const name of [
      'Paediatric palliative medicine',
      'GP with an extended role in palliative care',
      'Specialty and specialist (SAS) doctors',
    ]) {
      const role = screen.getByRole('region', { name });
      expect(role).toHaveTextContent('A different route');
      expect(role).toHaveTextContent('Pathway cannot open it as a plan');
      expect(within(role).queryByRole('button')).not.toBeInTheDocument();
    }
    expect(
      screen.getByRole('region', { name: 'Paediatric palliative medicine' }),
    ).toHaveTextContent('You train in paediatrics through run-through paediatric training');
  });

  it('shows the other routes in: the Alternative Certificate it plans, the Portfolio pathway and the end of IMY3', () => {
    renderPage(null);
    const section = screen.getByRole('region', {
      name: 'Other routes into training and the Specialist Register',
    });
    const certificate = within(section).getByRole('region', {
      name: 'Straight to ST4 with an Alternative Certificate',
    });
    expect(certificate).toHaveTextContent('Pathway can plan this route');
    expect(certificate).toHaveTextContent('MRCP(UK) Part 1 when you apply');
    expect(within(certificate).getByRole('link', { name: 'Start a plan' })).toHaveAttribute(
      'href',
      '/',
    );
    const portfolio = within(section).getByRole('region', {
      name: 'The GMC Portfolio pathway (formerly CESR)',
    });
    expect(portfolio).toHaveTextContent('Pathway does not date this route');
    expect(portfolio).toHaveTextContent('renamed it on 30 November 2023');
    const imy3 = within(section).getByRole('region', { name: 'Standalone IMY3 posts have ended' });
    expect(imy3).toHaveTextContent('Ended');
    expect(imy3).toHaveTextContent('August 2025');
    expect(within(imy3).getAllByRole('link', { name: /IMT Recruitment/ })[0]).toHaveAttribute(
      'href',
      'https://imtrecruitment.org.uk/imy3',
    );
  });

  it('says why the academic route cannot be opened for someone who is already a consultant', () => {
    renderPage({
      name: 'Consultant plan',
      answers: { dateOfBirth: '1980-06-01', nation: 'england', now: { stage: 'consultant' } },
    });
    const academic = screen.getByRole('region', {
      name: 'Academic palliative medicine: fellowships and lectureships',
    });
    expect(academic).toHaveTextContent('Pathway cannot open this as a new plan.');
    expect(academic).toHaveTextContent('already a consultant');
    expect(within(academic).queryByRole('button')).not.toBeInTheDocument();
  });

  it('saves the skills checklist with the plan, and says it is not a test', async () => {
    const user = userEvent.setup();
    const { onReflectionsChange } = renderPage({
      name: 'Plan 1',
      answers: { ...YEAR_11, reflections: ['resilience', 'from-a-newer-version'] },
    });
    const skills = screen.getByRole('region', { name: 'Skills the role needs' });
    expect(skills).toHaveTextContent('This is not a test and nothing is scored.');
    const group = within(skills).getByRole('group', {
      name: 'Which of these skills are you building?',
    });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(rolesContent.skills.length);
    expect(within(group).getByRole('checkbox', { name: /Emotional resilience/ })).toBeChecked();
    const communication = within(group).getByRole('checkbox', {
      name: 'Communicating well with patients, their families and colleagues',
    });
    expect(communication).not.toBeChecked();
    expect(communication).toHaveAccessibleDescription(/Source: NHS Health Careers/);
    await user.click(communication);
    expect(onReflectionsChange).toHaveBeenLastCalledWith([
      'resilience',
      'from-a-newer-version',
      'communication',
    ]);
    await user.click(within(group).getByRole('checkbox', { name: /Emotional resilience/ }));
    expect(onReflectionsChange).toHaveBeenLastCalledWith(['from-a-newer-version']);
  });

  it('without a plan, lists the skills and the routes and offers to start a plan', () => {
    renderPage(null);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    const skills = screen.getByRole('region', { name: 'Skills the role needs' });
    expect(skills).toHaveTextContent('Communicating well with patients');
    expect(within(skills).getByRole('link', { name: 'start a plan' })).toHaveAttribute('href', '/');
  });

  it('moves focus to the section a link points to', async () => {
    renderPage(undefined, '/roles#where-you-work');
    const heading = screen.getByRole('heading', { level: 2, name: 'Where you could work' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
