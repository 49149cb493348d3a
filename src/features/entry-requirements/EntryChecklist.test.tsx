import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain/dates';
import { EntryChecklist } from './EntryChecklist';

const TODAY = '2026-11-25' as IsoDate;

function renderChecklist(qualifications: unknown, nation?: string) {
  render(
    <MemoryRouter>
      <EntryChecklist
        qualifications={qualifications}
        stage="school"
        medicalSchoolRoute="standard"
        {...(nation === undefined ? {} : { nation })}
        changeHref="/questions/school-qualifications?return=check"
        today={TODAY}
      />
    </MemoryRouter>,
  );
  return screen.getByRole('region', { name: 'Getting into medical school' });
}

describe('the entry requirements checklist in the nation’s own qualifications', () => {
  it('gives a count of GCSEs at A or A* in Wales, below what schools that set a number ask', () => {
    const checklist = renderChecklist({ gcse: { topGrades: 3 } }, 'wales');
    const item = within(checklist)
      .getAllByRole('listitem')
      .find((entry) => within(entry).queryByRole('heading', { name: /^GCSEs at grade A or A\*/ }));
    expect(item).toBeDefined();
    expect(within(item as HTMLElement).getByRole('heading')).toHaveTextContent(
      'GCSEs at grade A or A* Below typical offers',
    );
    expect(item).toHaveTextContent('You have 3 GCSEs at grade A or A*.');
  });

  it('speaks of National 5s and Highers in Scotland, not GCSEs and A-levels', () => {
    const checklist = renderChecklist({ national5: { topGrades: 6 } }, 'scotland');
    expect(
      within(checklist).getByRole('heading', { name: 'National 5s at grade A' }),
    ).toBeVisible();
    expect(within(checklist).queryByRole('heading', { name: /GCSE/ })).not.toBeInTheDocument();
    expect(checklist).toHaveTextContent('You have not told us your Highers, A-levels or IB yet.');
  });

  it('uses England’s GCSE grades when the plan has no nation', () => {
    const checklist = renderChecklist({ gcse: { topGrades: 6 } });
    expect(
      within(checklist).getByRole('heading', { name: /^GCSEs at grade 7, 8 or 9/ }),
    ).toHaveTextContent('GCSEs at grade 7, 8 or 9 Meets typical offers');
  });
});
