/**
 * The count of top grades, asked in the nation's own terms: GCSEs at 7, 8 or 9 in England, at A or A*
 * in Wales and Northern Ireland (on the GCSE grades page), National 5s at A in Scotland (a page of its
 * own). Each count is optional, and a count that is not a whole number from 0 to 20 is explained in
 * the error summary and beside the field.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanAnswers } from '../../domain/plan/answers';
import { GcseGradesQuestion } from './GcseGradesQuestion';
import { National5Question } from './National5Question';
import { SchoolQualificationsQuestion } from './SchoolQualificationsQuestion';
import { renderQuestion } from '../../../tests/support/question-pages';

const PUPIL: PlanAnswers = { now: { stage: 'school', yearGroup: 11 } };

const ENGLAND_QUESTION = 'How many GCSEs do you have at grade 7, 8 or 9?';
const LETTERS_QUESTION = 'How many GCSEs do you have at grade A or A*?';
const NATIONAL_5_QUESTION = 'How many National 5s do you have at grade A?';

describe('how many GCSEs at the top grades', () => {
  it('asks in England for GCSEs at grade 7, 8 or 9, as a number', () => {
    renderQuestion(GcseGradesQuestion, { ...PUPIL, nation: 'england' });
    const count = screen.getByLabelText(ENGLAND_QUESTION);
    expect(count).toHaveAttribute('inputmode', 'numeric');
    expect(count).toHaveAttribute('type', 'text');
    expect(count).toHaveAccessibleDescription(
      /^GCSEs in England are graded 9 to 1\. Count the results you have/,
    );
  });

  it.each([
    ['wales', 'GCSEs in Wales are graded A* to G.'],
    ['northern-ireland', 'CCEA GCSEs are graded A* to G.'],
  ] as const)('asks in %s for GCSEs at A or A*, and to count 7, 8 and 9 too', (nation, scale) => {
    renderQuestion(GcseGradesQuestion, { ...PUPIL, nation });
    const count = screen.getByLabelText(LETTERS_QUESTION);
    expect(count).toHaveAccessibleDescription(
      `${scale} If you also have GCSEs graded 9 to 1, count grades 7, 8 and 9 too. Count the results you have and the grades you are predicted. Leave this empty if you do not know yet.`,
    );
    expect(screen.queryByLabelText(ENGLAND_QUESTION)).not.toBeInTheDocument();
  });

  it('saves the count with the grades, keeping the other qualifications', async () => {
    const { onSave, user } = renderQuestion(GcseGradesQuestion, {
      ...PUPIL,
      nation: 'wales',
      qualifications: {
        schoolQualification: { kind: 'a-levels', subjects: [] },
        national5: { topGrades: 2 },
      },
    });
    await user.selectOptions(screen.getByLabelText('Maths'), '7');
    await user.type(screen.getByLabelText(LETTERS_QUESTION), ' 8 ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      qualifications: {
        schoolQualification: { kind: 'a-levels', subjects: [] },
        national5: { topGrades: 2 },
        gcse: { maths: 7, topGrades: 8 },
      },
    });
  });

  it('saves a count of 0', async () => {
    const first = renderQuestion(GcseGradesQuestion, PUPIL);
    await first.user.type(screen.getByLabelText(ENGLAND_QUESTION), '0');
    await first.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(first.onSave).toHaveBeenCalledWith({ qualifications: { gcse: { topGrades: 0 } } });
  });

  it('shows the saved count when coming back, and clearing it removes it', async () => {
    const { onSave, user } = renderQuestion(GcseGradesQuestion, {
      ...PUPIL,
      qualifications: { gcse: { englishLanguage: 6, topGrades: 9 } },
    });
    const count = screen.getByLabelText(ENGLAND_QUESTION);
    expect(count).toHaveValue('9');
    await user.clear(count);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ qualifications: { gcse: { englishLanguage: 6 } } });
  });

  it.each([
    ['5.5', 'Enter the number of GCSEs at grade 7, 8 or 9 as a whole number, like 6'],
    ['six', 'Enter the number of GCSEs at grade 7, 8 or 9 as a whole number, like 6'],
    ['-2', 'The number of GCSEs at grade 7, 8 or 9 must be 0 or more'],
    ['21', 'The number of GCSEs at grade 7, 8 or 9 must be 20 or fewer'],
  ])(
    'explains %j in the error summary and next to the field, and saves nothing',
    async (typed, message) => {
      const { onSave, user } = renderQuestion(GcseGradesQuestion, PUPIL);
      await user.selectOptions(screen.getByLabelText('English language'), '7');
      await user.type(screen.getByLabelText(ENGLAND_QUESTION), typed);
      await user.click(screen.getByRole('button', { name: 'Continue' }));

      const summary = screen.getByRole('alert');
      expect(within(summary).getByRole('heading')).toHaveTextContent('There is a problem');
      expect(within(summary).getByRole('link', { name: message })).toHaveAttribute(
        'href',
        '#gcse-top-grades',
      );
      const count = screen.getByLabelText(ENGLAND_QUESTION);
      expect(count).toHaveClass('nhsuk-input--error');
      expect(count).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
      expect(document.title).toMatch(/^Error: /);
      // What was typed stays, so it can be put right.
      expect(count).toHaveValue(typed);
      expect(screen.getByLabelText('English language')).toHaveValue('7');
      expect(onSave).not.toHaveBeenCalled();
    },
  );

  it('saves once the count is put right', async () => {
    const { onSave, user } = renderQuestion(GcseGradesQuestion, PUPIL);
    const count = screen.getByLabelText(ENGLAND_QUESTION);
    await user.type(count, '30');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).not.toHaveBeenCalled();
    await user.clear(count);
    await user.type(count, '10');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ qualifications: { gcse: { topGrades: 10 } } });
  });
});

describe('GCSE grades in the nation’s own grades', () => {
  /** The options under each optgroup of a select, by the group's label. */
  function groupsOf(select: HTMLElement): Record<string, string[]> {
    return Object.fromEntries(
      Array.from(select.querySelectorAll('optgroup'), (group) => [
        group.label,
        Array.from(group.querySelectorAll('option'), (option) => option.textContent ?? ''),
      ]),
    );
  }

  it('offers 9 to 1 alone in England, as before', () => {
    renderQuestion(GcseGradesQuestion, { ...PUPIL, nation: 'england' });
    expect(screen.getByText('Results or predicted grades, from 9 (highest) to 1.')).toBeVisible();
    const maths = screen.getByLabelText('Maths');
    expect(maths.querySelectorAll('optgroup')).toHaveLength(0);
    expect(
      within(maths)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Not known yet', '9', '8', '7', '6', '5', '4', '3', '2', '1']);
  });

  it('offers Wales A* to G first, then 9 to 1, and says how Welsh GCSEs are graded', () => {
    renderQuestion(GcseGradesQuestion, { ...PUPIL, nation: 'wales' });
    expect(
      screen.getByText(
        'Results or predicted grades. GCSEs in Wales are graded A* (highest) to G. If a GCSE is graded 9 to 1, choose its number.',
      ),
    ).toBeVisible();
    for (const subject of ['English language', 'Maths', /^Science/])
      expect(groupsOf(screen.getByLabelText(subject))).toEqual({
        'Grades A* to G': ['A*', 'A', 'B', 'C', 'D', 'E', 'F', 'G'],
        'Grades 9 to 1': ['9', '8', '7', '6', '5', '4', '3', '2', '1'],
      });
  });

  it('offers Northern Ireland CCEA’s grades with C*, and saves letters as text beside numbers', async () => {
    const { onSave, user } = renderQuestion(GcseGradesQuestion, {
      ...PUPIL,
      nation: 'northern-ireland',
    });
    expect(
      screen.getByText(/CCEA GCSEs are graded A\* \(highest\) to G, with C\* between B and C\./),
    ).toBeVisible();
    expect(groupsOf(screen.getByLabelText('Maths'))['Grades A* to G']).toEqual([
      'A*',
      'A',
      'B',
      'C*',
      'C',
      'D',
      'E',
      'F',
      'G',
    ]);
    await user.selectOptions(screen.getByLabelText('English language'), 'A');
    await user.selectOptions(screen.getByLabelText('Maths'), 'C*');
    await user.selectOptions(screen.getByLabelText(/^Science/), '7');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      qualifications: { gcse: { englishLanguage: 'A', maths: 'C*', science: 7 } },
    });
  });

  it('shows 9 to 1 grades saved for a Welsh pupil, and saves them back unchanged', async () => {
    const { onSave, user } = renderQuestion(GcseGradesQuestion, {
      ...PUPIL,
      nation: 'wales',
      qualifications: { gcse: { englishLanguage: 7, maths: 6, science: 5, topGrades: 4 } },
    });
    expect(screen.getByLabelText('English language')).toHaveValue('7');
    expect(screen.getByLabelText('Maths')).toHaveValue('6');
    expect(screen.getByLabelText(/^Science/)).toHaveValue('5');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      qualifications: { gcse: { englishLanguage: 7, maths: 6, science: 5, topGrades: 4 } },
    });
  });

  it('keeps a letter grade saved before the nation changed to England, offering it as saved', async () => {
    const { onSave, user } = renderQuestion(GcseGradesQuestion, {
      ...PUPIL,
      nation: 'england',
      qualifications: { gcse: { englishLanguage: 'B', maths: 'C*', science: 6 } },
    });
    const english = screen.getByLabelText('English language');
    expect(english).toHaveValue('B');
    expect(groupsOf(english)).toEqual({
      'Grades 9 to 1': ['9', '8', '7', '6', '5', '4', '3', '2', '1'],
      'Saved earlier': ['B', 'C*'],
    });
    expect(screen.getByLabelText('Maths')).toHaveValue('C*');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      qualifications: { gcse: { englishLanguage: 'B', maths: 'C*', science: 6 } },
    });
  });
});

describe('how many National 5s at grade A', () => {
  const scottishPupil: PlanAnswers = { nation: 'scotland', now: { stage: 'school', yearGroup: 5 } };

  it('asks the question as the page heading, as a number', () => {
    renderQuestion(National5Question, scottishPupil);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(NATIONAL_5_QUESTION);
    const count = screen.getByLabelText(NATIONAL_5_QUESTION);
    expect(count).toHaveAttribute('inputmode', 'numeric');
    expect(count).toHaveAccessibleDescription(/^National 5s are graded A to D\./);
    expect(document.title).toBe(
      `${NATIONAL_5_QUESTION} – Plan your route into palliative medicine`,
    );
  });

  it('saves the count, keeping GCSEs and other answers', async () => {
    const { onSave, user } = renderQuestion(National5Question, {
      ...scottishPupil,
      qualifications: { gcse: { maths: 7 } },
    });
    await user.type(screen.getByLabelText(NATIONAL_5_QUESTION), '6');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({
      qualifications: { gcse: { maths: 7 }, national5: { topGrades: 6 } },
    });
  });

  it('saves an empty answer as not known yet', async () => {
    const { onSave, user } = renderQuestion(National5Question, scottishPupil);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ qualifications: { national5: {} } });
  });

  it('explains a count that is not a whole number, beside the field and in the summary', async () => {
    const { onSave, user } = renderQuestion(National5Question, scottishPupil);
    await user.type(screen.getByLabelText(NATIONAL_5_QUESTION), 'lots');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const message = 'Enter the number of National 5s at grade A as a whole number, like 6';
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#national-5-top-grades',
    );
    expect(screen.getAllByText(message).length).toBeGreaterThanOrEqual(2);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('which qualifications after 16', () => {
  it('offers Highers first in Scotland, after National 5s', () => {
    renderQuestion(SchoolQualificationsQuestion, { nation: 'scotland' });
    const options = screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'));
    expect(options.slice(0, 2)).toEqual(['scottish-highers', 'a-levels']);
    expect(
      screen.getByText('The ones after National 5s that medical schools make offers on'),
    ).toBeInTheDocument();
  });

  it('offers A-levels first elsewhere, after GCSEs', () => {
    renderQuestion(SchoolQualificationsQuestion, { nation: 'northern-ireland' });
    const options = screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'));
    expect(options.slice(0, 2)).toEqual(['a-levels', 'scottish-highers']);
    expect(
      screen.getByText('The ones after GCSEs that medical schools make offers on'),
    ).toBeInTheDocument();
  });
});
