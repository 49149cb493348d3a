import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YEAR_11_ANSWERS } from '../../../tests/support/plans';
import { timelineOf } from '../../../tests/support/timelines';
import { CalendarDownload } from './CalendarDownload';
import { catchDownloads } from '../../../tests/support/downloads';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CalendarDownload', () => {
  it('saves the steps still to come as a calendar file named after the plan and the day, and says so', async () => {
    const saved = catchDownloads();
    const timeline = timelineOf(YEAR_11_ANSWERS, '2026-11-25');
    render(<CalendarDownload timeline={timeline} planName="Year 11 plan" planKey="plan-1" />);

    expect(
      screen.getByRole('region', { name: 'Add the dates to your calendar' }),
    ).toHaveTextContent(`Download the ${timeline.milestones.length} dates still to come`);
    await userEvent.click(
      screen.getByRole('button', { name: 'Download the dates as a calendar file' }),
    );

    expect(saved).toHaveLength(1);
    expect(saved[0]?.fileName).toBe('pathway-plan-year-11-plan-2026-11-25.ics');
    expect(saved[0]?.blob.type).toBe('text/calendar;charset=utf-8');
    const text = await saved[0]!.blob.text();
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual(
      timeline.milestones.map((milestone) => `${milestone.title} (estimate)`),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'We have made the file pathway-plan-year-11-plan-2026-11-25.ics.',
    );
  });

  it('is not shown when no step is still to come, as for a consultant', () => {
    const timeline = timelineOf(
      { now: { stage: 'consultant' }, dateOfBirth: '1980-01-01' },
      '2026-11-25',
    );
    render(<CalendarDownload timeline={timeline} planName="Consultant" planKey="plan-1" />);
    expect(screen.queryByRole('heading', { name: 'Add the dates to your calendar' })).toBeNull();
  });
});
