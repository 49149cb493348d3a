/** The answers the route is assuming, in words, for the route page's "answers assumed" notice. */
import type { PlanAnswers } from '../../domain/plan/answers';
import { answerSummary, questionLabel } from './answer-summary';
import { assumedAnswers, type QuestionId } from './flow';

export type AssumedAnswerSummary = {
  readonly question: QuestionId;
  /** The question as the check answers page names it ("Core training route"). */
  readonly label: string;
  /** The assumed answer as the check answers page would show it. */
  readonly answer: string;
};

/** Each question not answered yet whose default the route is using, with that default in words. */
export function assumedAnswerSummaries(answers: PlanAnswers): AssumedAnswerSummary[] {
  return assumedAnswers(answers).flatMap(({ question, assumed }) => {
    const answer = answerSummary(question, { ...answers, ...assumed });
    return answer === null ? [] : [{ question, label: questionLabel(question, answers), answer }];
  });
}
