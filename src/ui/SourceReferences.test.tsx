import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, formatLongDate } from '../domain/dates';
import { ucatPublishedDates } from '../domain/rules/entry';
import { foundationProgrammeLength } from '../domain/rules/foundation';
import { SourceReferences } from './SourceReferences';

describe('SourceReferences', () => {
  it('links each source with the date it was checked and its confidence', () => {
    render(
      <SourceReferences ruleIds={[ucatPublishedDates.id]} today={ucatPublishedDates.checkedOn} />,
    );
    const paragraph = screen.getByText(/^Source:/);
    expect(paragraph).toHaveTextContent(`${ucatPublishedDates.confidence} confidence`);
    expect(paragraph).not.toHaveTextContent('may be out of date');
  });

  it('still trusts a figure on the day it is due to be checked again', () => {
    render(
      <SourceReferences ruleIds={[ucatPublishedDates.id]} today={ucatPublishedDates.reviewBy} />,
    );
    expect(screen.getByText(/^Source:/)).not.toHaveTextContent('may be out of date');
  });

  it('says a figure may be out of date the day after it was due to be checked again', () => {
    render(
      <SourceReferences
        ruleIds={[ucatPublishedDates.id]}
        today={addDays(ucatPublishedDates.reviewBy, 1)}
      />,
    );
    expect(screen.getByText(/^Source:/)).toHaveTextContent(
      `may be out of date: it was due to be checked again by ${formatLongDate(ucatPublishedDates.reviewBy)}`,
    );
  });

  it('marks only the source whose rule is past its review date', () => {
    // UCAT dates are due for checking long before the length of the Foundation Programme.
    expect(ucatPublishedDates.reviewBy < foundationProgrammeLength.reviewBy).toBe(true);
    render(
      <SourceReferences
        ruleIds={[foundationProgrammeLength.id, ucatPublishedDates.id]}
        today={addDays(ucatPublishedDates.reviewBy, 1)}
      />,
    );
    const [foundationSource, ucatSource] = Array.from(
      screen.getByText(/^Sources:/).querySelectorAll(':scope > span'),
    );
    expect(foundationSource).not.toHaveTextContent('may be out of date');
    expect(ucatSource).toHaveTextContent('may be out of date');
  });
});
