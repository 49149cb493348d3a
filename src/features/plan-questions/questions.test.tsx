import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { PlanAnswers } from '../../domain/plan/answers';
import { CoreRouteQuestion } from './CoreRouteQuestion';
import { DateOfBirthQuestion } from './DateOfBirthQuestion';
import { DegreeQuestion } from './DegreeQuestion';
import { GapYearsQuestion } from './GapYearsQuestion';
import { GcseGradesQuestion } from './GcseGradesQuestion';
import { MedicalSchoolRouteQuestion } from './MedicalSchoolRouteQuestion';
import { NationQuestion } from './NationQuestion';
import type { QuestionProps } from './question-props';
import { SchoolGradesQuestion } from './SchoolGradesQuestion';
import { SchoolQualificationsQuestion } from './SchoolQualificationsQuestion';
import { TimeBeforeCoreTrainingQuestion } from './TimeBeforeCoreTrainingQuestion';
import { WhereAreYouNowQuestion } from './WhereAreYouNowQuestion';
import { QUESTION_TODAY as TODAY, renderQuestion } from '../../../tests/support/question-pages';

async function continueWithoutAnswering(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe.each<[string, ComponentType<QuestionProps>, string, string, PlanAnswers]>([
  [
    'where are you now',
    WhereAreYouNowQuestion,
    'Where are you now?',
    'Select where you are now',
    {},
  ],
  ['date of birth', DateOfBirthQuestion, 'What is your date of birth?', 'Enter date of birth', {}],
  [
    'nation',
    NationQuestion,
    'Where do you live or plan to train?',
    'Select where you live or plan to train',
    {},
  ],
  [
    'school qualifications',
    SchoolQualificationsQuestion,
    'Which qualifications are you taking or have you taken?',
    'Select which qualifications you are taking or have taken',
    {},
  ],
  [
    'degree',
    DegreeQuestion,
    'Your degree',
    'Select the result of your degree, or the result you expect',
    { now: { stage: 'graduate' } },
  ],
  [
    'route through medical school',
    MedicalSchoolRouteQuestion,
    'Which route through medical school are you thinking about?',
    'Select a route through medical school',
    { now: { stage: 'school', yearGroup: 11 } },
  ],
  [
    'gap years',
    GapYearsQuestion,
    'Do you plan to take a gap year before medical school?',
    'Select how many years, or none',
    { now: { stage: 'school', yearGroup: 12 } },
  ],
  [
    'time before core training',
    TimeBeforeCoreTrainingQuestion,
    'How long do you plan to take between the Foundation Programme and core training?',
    'Select how many years, or none',
    {},
  ],
  [
    'core route',
    CoreRouteQuestion,
    'Which core training route?',
    'Select a core training route',
    {},
  ],
])('the %s question page', (_name, Page, heading, emptyError, answers) => {
  it('has the question as its only h1, a back link and a Continue button', () => {
    renderQuestion(Page, answers);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading);
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/questions/previous',
    );
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
    expect(document.title).toBe(`${heading} – Plan your route into palliative medicine`);
  });

  it('explains what to do, in the error summary and beside the question, when nothing is answered', async () => {
    const { onSave, user } = renderQuestion(Page, answers);
    await continueWithoutAnswering(user);
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: emptyError }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(emptyError).length).toBeGreaterThanOrEqual(2);
    expect(document.title).toMatch(/^Error: /);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('saving answers', () => {
  it('saves a school pupil with their year group', async () => {
    const { onSave, user } = renderQuestion(WhereAreYouNowQuestion);
    await user.click(screen.getByRole('radio', { name: 'At school or college' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Select which year you are in');
    await user.selectOptions(screen.getByLabelText('Which school year are you in?'), '11');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ now: { stage: 'school', yearGroup: 11 } });
  });

  it('keeps the saved answer on the page when coming back to it', () => {
    renderQuestion(WhereAreYouNowQuestion, { now: { stage: 'st', year: 6 } });
    expect(screen.getByRole('radio', { name: /^Specialty training/ })).toBeChecked();
    expect(screen.getByLabelText('Which specialty training year are you in?')).toHaveValue('6');
  });

  it('refuses a date of birth that gives an age under 13, and keeps what was typed', async () => {
    const { onSave, user } = renderQuestion(DateOfBirthQuestion);
    await user.type(screen.getByLabelText('Day'), '1');
    await user.type(screen.getByLabelText('Month'), '1');
    await user.type(screen.getByLabelText('Year'), '2020');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Date of birth must be for someone aged 13 or over',
    );
    expect(screen.getByLabelText('Year')).toHaveValue('2020');
    expect(onSave).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Year'));
    await user.type(screen.getByLabelText('Year'), '2011');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ dateOfBirth: '2011-01-01' });
  });

  it('saves A-level subjects and grades with whether they are predicted, keeping other qualifications', async () => {
    const onSave = vi.fn();
    const answers: PlanAnswers = {
      qualifications: {
        gcse: { maths: 7 },
        schoolQualification: { kind: 'a-levels', subjects: [] },
      },
    };
    render(
      <MemoryRouter>
        <SchoolGradesQuestion
          answers={answers}
          today={TODAY}
          backHref="/back"
          onSave={onSave}
          qualification={{ kind: 'a-levels', subjects: [] }}
        />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    expect(
      screen.getByRole('heading', { level: 1, name: 'What are your A-level subjects and grades?' }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getAllByLabelText('Subject')[0] as HTMLElement, 'chemistry');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Select a grade for chemistry' }),
    ).toHaveAttribute('href', '#grade-1');
    await user.selectOptions(screen.getAllByLabelText('Grade')[0] as HTMLElement, 'A*');
    await user.selectOptions(screen.getAllByLabelText('Subject')[1] as HTMLElement, 'biology');
    await user.selectOptions(screen.getAllByLabelText('Grade')[1] as HTMLElement, 'A');
    await user.click(screen.getByRole('radio', { name: 'Predicted grades' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      qualifications: {
        gcse: { maths: 7 },
        schoolQualification: {
          kind: 'a-levels',
          subjects: [
            { subject: 'chemistry', grade: 'A*' },
            { subject: 'biology', grade: 'A' },
          ],
        },
        gradesAre: 'predicted',
      },
    });
  });

  it('asks a school pupil choosing graduate entry when their first degree ends', async () => {
    const { onSave, user } = renderQuestion(MedicalSchoolRouteQuestion, {
      now: { stage: 'school', yearGroup: 12 },
    });
    await user.click(screen.getByRole('radio', { name: /^Graduate entry/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter the year you expect to finish your first degree',
    );
    await user.type(
      screen.getByLabelText('Which year do you expect to finish your first degree?'),
      '2031',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      medicalSchoolRoute: 'graduate-entry',
      intercalate: false,
      qualificationYear: 2031,
    });
  });

  it('offers an intercalated degree on courses without one built in, and saves it with the route', async () => {
    const { onSave, user } = renderQuestion(MedicalSchoolRouteQuestion, {
      now: { stage: 'school', yearGroup: 11 },
    });
    await user.click(screen.getByRole('radio', { name: /^Standard course/ }));
    const intercalate = screen.getByRole('checkbox', {
      name: 'I plan to take an intercalated degree',
    });
    expect(intercalate).toHaveAccessibleDescription(/adds 1 year/);
    await user.click(intercalate);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ medicalSchoolRoute: 'standard', intercalate: true });
    await user.click(screen.getByRole('radio', { name: /^Course with an integrated degree/ }));
    expect(
      screen.queryByRole('checkbox', { name: 'I plan to take an intercalated degree' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenLastCalledWith({
      medicalSchoolRoute: 'integrated-degree',
      intercalate: false,
    });
  });

  it('explains each route with its length from the rules', () => {
    renderQuestion(MedicalSchoolRouteQuestion, { now: { stage: 'gap-year' } });
    expect(screen.getByRole('radio', { name: 'Standard course (5 years)' })).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: 'Course with a gateway year (6 years)' }),
    ).toHaveAccessibleDescription(/under-represented backgrounds/);
  });

  it('asks for a subject entered twice to be entered once, naming it next to the row', async () => {
    const onSave = vi.fn();
    render(
      <MemoryRouter>
        <SchoolGradesQuestion
          answers={{}}
          today={TODAY}
          backHref="/back"
          onSave={onSave}
          qualification={{ kind: 'a-levels', subjects: [] }}
        />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    const subjects = screen.getAllByLabelText('Subject') as HTMLElement[];
    const grades = screen.getAllByLabelText('Grade') as HTMLElement[];
    await user.selectOptions(subjects[0] as HTMLElement, 'chemistry');
    await user.selectOptions(grades[0] as HTMLElement, 'B');
    await user.selectOptions(subjects[1] as HTMLElement, 'chemistry');
    await user.selectOptions(grades[1] as HTMLElement, 'A');
    await user.click(screen.getByRole('radio', { name: 'Results I already have' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const message =
      'You have entered chemistry more than once. Enter each subject once, with the grade you want to count';
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#subject-2',
    );
    expect(onSave).not.toHaveBeenCalled();
    expect(subjects[1]).toHaveValue('chemistry');
  });

  it('saves GCSE grades, leaving out the ones not known yet', async () => {
    const { onSave, user } = renderQuestion(GcseGradesQuestion);
    await user.selectOptions(screen.getByLabelText('English language'), '7');
    await user.selectOptions(screen.getByLabelText('Maths'), '6');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      qualifications: { gcse: { englishLanguage: 7, maths: 6 } },
    });
  });

  it('saves a degree with its class, subject and end year', async () => {
    const { onSave, user } = renderQuestion(DegreeQuestion, { now: { stage: 'graduate' } });
    await user.click(screen.getByRole('radio', { name: 'Upper second (2:1)' }));
    await user.click(
      within(
        screen.getByRole('group', { name: 'Is your degree in a science or health subject?' }),
      ).getByRole('radio', { name: 'Yes' }),
    );
    await user.type(
      screen.getByLabelText('Which year does your degree end, or which year did it end?'),
      '2025',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      qualificationYear: 2025,
      qualifications: { degree: { classification: 'upper-second', science: true } },
    });
  });

  it('saves years before core training, with the share of doctors who go straight on from the rules', async () => {
    const { onSave, user } = renderQuestion(TimeBeforeCoreTrainingQuestion);
    expect(
      screen.getByRole('group', { name: /between the Foundation Programme and core training/ }),
    ).toHaveAccessibleDescription(
      /Only 22.4% who finished F2 in 2023 started specialty training within a year/,
    );
    await user.click(screen.getByRole('radio', { name: '1 year' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ yearsBeforeCoreTraining: 1 });
  });
});
