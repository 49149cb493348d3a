import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAppAt, savePlan, startEachTestAfresh } from '../../../tests/support/app';

startEachTestAfresh();

describe('pages made from a plan, with no plan yet', () => {
  it.each([
    ['/your-route', 'Your route'],
    ['/pay', 'Pay'],
  ])(
    '%s says there is no plan yet and links to the start, where it was asked',
    async (path, name) => {
      await renderAppAt(path);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'You have not made a plan yet' }),
      ).toBeInTheDocument();
      expect(screen.getByText(name, { selector: '.nhsuk-caption-l' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Start a plan' })).toHaveAttribute('href', '/');
      // The title is set in an effect, which may run just after the heading is in the page.
      await waitFor(() =>
        expect(document.title).toMatch(new RegExp(`^${name}: you have not made a plan yet`)),
      );
    },
  );
});

describe('a route part-way through the questions', () => {
  it('says which answers it assumed and links to the next question', async () => {
    savePlan('Year 11 plan', {
      nation: 'england',
      now: { stage: 'school', yearGroup: 11 },
      dateOfBirth: '2011-03-14',
    });
    await renderAppAt('/your-route');
    const notice = (
      await screen.findByRole('heading', { level: 2, name: 'Some answers are assumed' })
    ).closest('section');
    if (!notice) throw new Error('the notice is a section');
    const assumed = within(notice)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(assumed).toEqual([
      'Route through medical school: Standard course (5 years)',
      'Gap years before medical school: None',
      'Time between Foundation and core training: None',
      'Core training route: Internal Medicine Training (IMT), 3 years',
    ]);
    expect(
      within(notice).getByRole('link', { name: 'Continue with the questions' }),
    ).toHaveAttribute('href', '/questions/school-qualifications');
  });

  it('asks for the answers it cannot do without, rather than moving the person on unannounced', async () => {
    savePlan('Just started', { nation: 'england' });
    await renderAppAt('/your-route');
    expect(
      await screen.findByText('We need a few more answers before we can show your route.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue with the questions' })).toHaveAttribute(
      'href',
      '/questions/where-are-you-now',
    );
  });

  it('says nothing is assumed once every question is answered', async () => {
    savePlan('F2 plan', {
      nation: 'england',
      now: { stage: 'f2' },
      dateOfBirth: '2000-06-01',
      yearsBeforeCoreTraining: 0,
      coreRoute: 'imt',
    });
    await renderAppAt('/your-route');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Your route to consultant in palliative medicine',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Some answers are assumed' })).toBeNull();
  });
});

describe('question pages', () => {
  it('say where the question is in this person’s questions, counting again as answers change', async () => {
    const user = userEvent.setup();
    await renderAppAt('/questions/nation');
    expect(await screen.findByText('Question 1 of 5')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'England' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Where are you now?' });
    expect(screen.getByText('Question 2 of 5')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'At school or college' }));
    await user.selectOptions(screen.getByRole('combobox'), '11');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'What is your date of birth?' });
    // A pupil is asked about qualifications, GCSEs, the medical school route and gap years too.
    expect(screen.getByText('Question 3 of 9')).toBeInTheDocument();
  });
});
