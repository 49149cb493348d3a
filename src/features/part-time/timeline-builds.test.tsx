/**
 * A periods page works out each list of periods once: the plan's own and each scenario's timeline are
 * built once, however often the page renders, and the route page then reuses the plan's.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderAppAt, savePlan, startEachTestAfresh } from '../../../tests/support/app';
import { F2_ANSWERS, periods } from '../../../tests/support/plans';
import * as buildTimelineModule from '../../domain/timeline/build-timeline';
import { planOwner, usePartTimeStore } from '../../state/part-time-store';

vi.mock('../../domain/timeline/build-timeline', { spy: true });

startEachTestAfresh();

describe('a periods page', () => {
  it('builds the timeline once for the plan and once for each scenario', async () => {
    const id = savePlan('F2 plan', {
      ...F2_ANSWERS,
      changes: periods({ kind: 'ltft', start: '2030-08-07', end: null, wte: 0.6 }),
    });
    const { addScenario } = usePartTimeStore.getState();
    addScenario(planOwner(id), 'Full time', []);
    addScenario(
      planOwner(id),
      'With leave',
      periods(
        { kind: 'ltft', start: '2030-08-07', end: null, wte: 0.6 },
        { kind: 'parental-leave', start: '2031-03-01', end: '2031-08-31' },
      ),
    );
    const builds = vi.mocked(buildTimelineModule.buildTimeline);
    builds.mockClear();

    await renderAppAt('/part-time/plan');
    expect(
      await screen.findByRole('heading', { name: /^Your provisional CCT date/ }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'CCT dates side by side' }),
    ).toBeInTheDocument();
    // The plan's own periods, then each of the two scenarios: three lists, three timelines.
    expect(builds).toHaveBeenCalledTimes(3);
  });
});
