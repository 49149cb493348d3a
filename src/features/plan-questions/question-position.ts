import { createContext } from 'react';

export type QuestionPosition = { readonly number: number; readonly total: number };

/**
 * Where the open question sits in this person's questions, given by the question route so every
 * question page can say "Question 3 of 10" without each page being told.
 */
export const QuestionPositionContext = createContext<QuestionPosition | null>(null);
