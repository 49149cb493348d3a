import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  MAX_PLAN_FILE_BYTES,
  PLAN_FILE_MESSAGES,
  writePlanFile,
} from '../../domain/plan/plan-file';
import { selectActivePlan, usePlansStore } from '../../state/plans-store';
import {
  YEAR_11_ANSWERS,
  renderAppAt,
  savePlan,
  startEachTestAfresh,
} from '../../../tests/support/app';
import { F2_ANSWERS } from '../../../tests/support/plans';
import { NO_FILE_MESSAGE } from './OpenPlanFile';

startEachTestAfresh();

/** Pages' code loads on demand: on a busy machine a first load can take seconds. */
const LAZY_PAGE = { timeout: 15_000 };
const TEST_TIME = 20_000;

function jsonFile(text: string, name = 'pathway-plan-year-11-plan-2026-11-25.json'): File {
  return new File([text], name, { type: 'application/json' });
}

describe('Open a plan file', () => {
  it(
    'saves a good file as a new plan under a free name and opens its route',
    async () => {
      const user = userEvent.setup();
      const existing = savePlan('F2 plan', F2_ANSWERS);
      await renderAppAt('/plans');
      const input = await screen.findByLabelText('Open a plan file', {}, LAZY_PAGE);
      expect(input).toHaveAccessibleDescription(/added to your saved plans as a new plan/);
      await user.upload(input, jsonFile(writePlanFile('F2 plan', F2_ANSWERS)));
      await user.click(screen.getByRole('button', { name: 'Open this plan' }));

      expect(
        await screen.findByRole(
          'heading',
          { level: 1, name: /Your route to consultant/ },
          LAZY_PAGE,
        ),
      ).toBeInTheDocument();
      const { plans } = usePlansStore.getState();
      expect(plans.map((plan) => plan.name)).toEqual(['F2 plan', 'F2 plan (2)']);
      expect(plans[0]?.id).toBe(existing);
      expect(selectActivePlan(usePlansStore.getState())?.answers).toEqual(F2_ANSWERS);
    },
    TEST_TIME,
  );

  it.each([
    ['no file', null, NO_FILE_MESSAGE],
    [
      'a broken file',
      jsonFile('{"format": "pathway-plan", "vers'),
      PLAN_FILE_MESSAGES['not-a-plan-file'],
    ],
    [
      'a changed file',
      jsonFile(writePlanFile('Plan', YEAR_11_ANSWERS).replace('"england"', '"atlantis"')),
      PLAN_FILE_MESSAGES.changed,
    ],
    [
      'a file from a newer version',
      jsonFile(writePlanFile('Plan', YEAR_11_ANSWERS).replace('"version": 1', '"version": 2')),
      PLAN_FILE_MESSAGES['newer-version'],
    ],
    [
      'a file too large',
      jsonFile(' '.repeat(MAX_PLAN_FILE_BYTES + 1)),
      PLAN_FILE_MESSAGES['too-large'],
    ],
  ])(
    'says what is wrong with %s, beside the field and in the summary, and saves nothing',
    async (_, file, message) => {
      const user = userEvent.setup();
      savePlan('My own plan');
      const before = usePlansStore.getState().plans;
      await renderAppAt('/plans');
      const input = await screen.findByLabelText('Open a plan file', {}, LAZY_PAGE);
      if (file !== null) await user.upload(input, file);
      await user.click(screen.getByRole('button', { name: 'Open this plan' }));

      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('link', { name: message })).toHaveAttribute(
        'href',
        '#plan-file',
      );
      expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
      expect(document.title).toMatch(/^Error: Your saved plans/);
      expect(usePlansStore.getState().plans).toBe(before);
    },
    TEST_TIME,
  );
});
