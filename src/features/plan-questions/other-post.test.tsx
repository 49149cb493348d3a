/** A doctor in another post: the route to ST4 they choose, and the questions that follow from it. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanAnswers } from '../../domain/plan/answers';
import { answerSummary } from './answer-summary';
import { firstUnanswered, nextStep, previousStep, questionsFor } from './flow';
import { MrcpQuestion } from './MrcpQuestion';
import { St4RouteQuestion } from './St4RouteQuestion';
import { St4StartYearQuestion } from './St4StartYearQuestion';
import { WhereAreYouNowQuestion } from './WhereAreYouNowQuestion';
import { renderQuestion } from '../../../tests/support/question-pages';

const GP_TRAINEE: PlanAnswers = {
  nation: 'england',
  now: { stage: 'other-post' },
  dateOfBirth: '1996-05-10',
};

describe('the questions a doctor in another post is asked', () => {
  it('asks for the route to ST4 first, then what that route needs', () => {
    const base = ['nation', 'where-are-you-now', 'date-of-birth', 'st4-route'];
    expect(questionsFor(GP_TRAINEE)).toEqual(base);
    expect(questionsFor({ ...GP_TRAINEE, st4Route: 'alternative-certificate' })).toEqual([
      ...base,
      'mrcp',
      'st4-start-year',
    ]);
    expect(questionsFor({ ...GP_TRAINEE, st4Route: 'core-training' })).toEqual([
      ...base,
      'core-route',
    ]);
  });

  it('moves on and back through them, and sends someone to the first one left', () => {
    const chosen: PlanAnswers = { ...GP_TRAINEE, st4Route: 'alternative-certificate' };
    expect(nextStep('date-of-birth', GP_TRAINEE)).toBe('st4-route');
    expect(nextStep('st4-route', chosen)).toBe('mrcp');
    expect(nextStep('mrcp', chosen)).toBe('st4-start-year');
    expect(nextStep('st4-start-year', chosen)).toBe('check-answers');
    expect(previousStep('mrcp', chosen)).toBe('st4-route');
    expect(firstUnanswered(chosen)).toBe('mrcp');
    expect(firstUnanswered({ ...chosen, mrcp: 'none', plannedSt4Year: 2028 })).toBe(
      'check-answers',
    );
  });

  it('asks no one else about the Alternative Certificate', () => {
    const f2: PlanAnswers = { now: { stage: 'f2' }, st4Route: 'alternative-certificate' };
    expect(questionsFor(f2)).not.toContain('st4-route');
    expect(questionsFor(f2)).not.toContain('mrcp');
  });

  it('says each answer in words', () => {
    const answers: PlanAnswers = {
      ...GP_TRAINEE,
      st4Route: 'alternative-certificate',
      mrcp: 'part-1',
      plannedSt4Year: 2028,
    };
    expect(answerSummary('where-are-you-now', answers)).toBe(
      'In another training programme or doctor’s job',
    );
    expect(answerSummary('st4-route', answers)).toBe(
      'Straight to ST4 with an Alternative Certificate',
    );
    expect(answerSummary('mrcp', answers)).toBe('Part 1');
    expect(answerSummary('st4-start-year', answers)).toBe('August 2028');
    // Cast: readPlanAnswers never gives an unknown value, but the summary must not trust that.
    expect(answerSummary('mrcp', { mrcp: 'part-3' } as unknown as PlanAnswers)).toBeNull();
  });
});

describe('the question pages', () => {
  it('offers another training programme or doctor’s job as where you are now', async () => {
    const { onSave, user } = renderQuestion(WhereAreYouNowQuestion, {});
    await user.click(
      screen.getByRole('radio', { name: 'In another training programme or doctor’s job' }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ now: { stage: 'other-post' } });
  });

  it('asks how to reach ST4, explaining the empty answer, and saves the Alternative Certificate', async () => {
    const { onSave, user } = renderQuestion(St4RouteQuestion, GP_TRAINEE);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How do you plan to get into palliative medicine training?',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Select how you plan to get into palliative medicine training',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Alternative Certificate/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ st4Route: 'alternative-certificate' });
  });

  it('asks how much of MRCP(UK) is passed', async () => {
    const { onSave, user } = renderQuestion(MrcpQuestion, {
      ...GP_TRAINEE,
      st4Route: 'alternative-certificate',
    });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Select how much of MRCP(UK) you have passed',
    );
    await user.click(screen.getByRole('radio', { name: 'I have passed Part 1' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ mrcp: 'part-1' });
  });

  it('offers the Augusts from the first round still open, each with when to apply', async () => {
    const { onSave, user } = renderQuestion(St4StartYearQuestion, {
      ...GP_TRAINEE,
      st4Route: 'alternative-certificate',
      mrcp: 'part-1',
    });
    // On 25 November 2026 the round for August 2027 is open until 31 December.
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
    ]);
    expect(screen.getByRole('radio', { name: 'August 2027' })).toHaveAccessibleDescription(
      'Apply in November or December 2026',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Select when you want to start ST4');
    await user.click(screen.getByRole('radio', { name: 'August 2028' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSave).toHaveBeenCalledWith({ plannedSt4Year: 2028 });
  });

  it('without MRCP(UK) Part 1, starts from the first round that opens after today', () => {
    renderQuestion(St4StartYearQuestion, {
      ...GP_TRAINEE,
      st4Route: 'alternative-certificate',
      mrcp: 'none',
    });
    // The August 2027 round opened on 1 November 2026, before Part 1 could be passed.
    expect(screen.getAllByRole('radio')[0]).toHaveAccessibleName('August 2028');
  });

  it('keeps a saved year, and a later one saved elsewhere stays a choice', () => {
    renderQuestion(St4StartYearQuestion, {
      ...GP_TRAINEE,
      st4Route: 'alternative-certificate',
      mrcp: 'full',
      plannedSt4Year: 2034,
    });
    expect(screen.getByRole('radio', { name: 'August 2034' })).toBeChecked();
  });
});
