/** Filling in the app's day, month and year date fields as a person would. */
import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

/** Types a day, month and year into the date fields of the group named `group`. */
export async function typeDate(
  user: ReturnType<typeof userEvent.setup>,
  group: string,
  [day, month, year]: [string, string, string],
) {
  const date = screen.getByRole('group', { name: group });
  await user.type(within(date).getByLabelText('Day'), day);
  await user.type(within(date).getByLabelText('Month'), month);
  await user.type(within(date).getByLabelText('Year'), year);
}
