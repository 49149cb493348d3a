/** Rendering one plan question page on its own, as the question route shows it. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import type { PlanAnswers } from '../../src/domain/plan/answers';
import type { QuestionProps } from '../../src/features/plan-questions/question-props';

/** The day the question pages are shown on. */
export const QUESTION_TODAY = '2026-11-25' as IsoDate;

/** The question page with these answers so far: returns what it saves (a spy) and a user to answer. */
export function renderQuestion(Page: ComponentType<QuestionProps>, answers: PlanAnswers = {}) {
  const onSave = vi.fn();
  render(
    <MemoryRouter>
      <Page
        answers={answers}
        today={QUESTION_TODAY}
        backHref="/questions/previous"
        onSave={onSave}
      />
    </MemoryRouter>,
  );
  return { onSave, user: userEvent.setup() };
}
