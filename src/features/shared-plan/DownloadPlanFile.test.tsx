import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IsoDate } from '../../domain/dates';
import { readPlanFile } from '../../domain/plan/plan-file';
import { YEAR_11_ANSWERS } from '../../../tests/support/plans';
import { DownloadPlanFile } from './DownloadPlanFile';
import { catchDownloads } from '../../../tests/support/downloads';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DownloadPlanFile', () => {
  it('saves the plan as a file that opens again, named after the plan and the day only', async () => {
    const saved = catchDownloads();
    render(
      <DownloadPlanFile
        planName="Year 11 plan"
        answers={{ ...YEAR_11_ANSWERS, reflections: ['communication'] }}
        today={'2026-12-07' as IsoDate}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download this plan' }));

    expect(saved).toHaveLength(1);
    const fileName = saved[0]!.fileName;
    expect(fileName).toBe('pathway-plan-year-11-plan-2026-12-07.json');
    expect(fileName).not.toContain('2011');
    expect(saved[0]!.blob.type).toBe('application/json');
    expect(readPlanFile(await saved[0]!.blob.text())).toEqual({
      ok: true,
      name: 'Year 11 plan',
      answers: YEAR_11_ANSWERS,
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'We have made the file pathway-plan-year-11-plan-2026-12-07.json.',
    );
  });
});
