import { describe, expect, it } from 'vitest';
import { ucasMedicineDeadline } from '../../domain/rules/entry';
import { progressionAfterFoundation } from '../../domain/rules/foundation';
import { palliativeConsultantsLtft } from '../../domain/rules/specialty';
import type { RuleId } from '../../domain/rules/types';
import { sourceNotes } from './source-notes';

const ucas = ucasMedicineDeadline;
const progression = progressionAfterFoundation;
const ltft = palliativeConsultantsLtft;

describe('sourceNotes', () => {
  it('numbers each source once, in the order it is first printed, and cites by number', () => {
    const { notes, cite } = sourceNotes([[progression.id], [ucas.id, progression.id], [ltft.id]]);
    expect(notes.map((note) => [note.number, note.sourceId])).toEqual([
      [1, progression.sourceId],
      [2, ucas.sourceId],
      [3, ltft.sourceId],
    ]);
    expect(cite([ltft.id, progression.id])).toEqual([1, 3]);
    expect(cite([ucas.id])).toEqual([2]);
  });

  it('cites nothing it was not given, and has no notes when nothing printed has a source', () => {
    // An id that compiles but finds no rule, as one from a topic not loaded would.
    const unknown = 'no-such-rule' as RuleId;
    const { notes, cite } = sourceNotes([[], [unknown]]);
    expect(notes).toEqual([]);
    expect(cite([unknown, ucas.id])).toEqual([]);
  });
});
