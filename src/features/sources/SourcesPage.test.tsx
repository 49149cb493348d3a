import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, formatLongDate } from '../../domain/dates';
import { ucatPublishedDates } from '../../domain/rules/entry';
import { SourcesPage } from './SourcesPage';

function sourceItem(sourceId: string): HTMLElement {
  const item = document.getElementById(`source-${sourceId}`);
  if (!item) throw new Error(`no list item for source ${sourceId}`);
  return item;
}

describe('SourcesPage', () => {
  it('gives each source the date its facts are to be checked again', () => {
    render(<SourcesPage today={ucatPublishedDates.checkedOn} />);
    expect(sourceItem(ucatPublishedDates.sourceId)).toHaveTextContent(
      `To be checked again by ${formatLongDate(ucatPublishedDates.reviewBy)}.`,
    );
    expect(screen.queryByText('May be out of date')).toBeNull();
  });

  it('says a source may be out of date once that date has passed', () => {
    render(<SourcesPage today={addDays(ucatPublishedDates.reviewBy, 1)} />);
    expect(sourceItem(ucatPublishedDates.sourceId)).toHaveTextContent(
      `May be out of date: it was due to be checked again by ${formatLongDate(ucatPublishedDates.reviewBy)}.`,
    );
  });
});
