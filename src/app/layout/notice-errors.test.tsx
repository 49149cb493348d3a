import { screen } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import { renderAppAt, startEachTestAfresh } from '../../../tests/support/app';

const notice = vi.hoisted(() => ({
  error: 'A saved-data problem of a shape the notice did not expect',
}));

// The notices about saved plans, made to fail as they render.
vi.mock('./StoreNotices', () => ({
  StoreNotices: () => {
    throw new Error(notice.error);
  },
}));

startEachTestAfresh();

beforeEach(() => {
  // React reports each error a boundary catches to the console; this one is the error under test.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

it('a notice that fails leaves the page working', async () => {
  await renderAppAt('/');
  expect(await screen.findByRole('button', { name: 'Start now' })).toBeInTheDocument();
  // React reports an error a boundary caught to the console (one none caught empties the page).
  await vi.waitFor(() =>
    expect(
      vi
        .mocked(console.error)
        .mock.calls.flat()
        .some((argument) => argument instanceof Error && argument.message === notice.error),
    ).toBe(true),
  );
  expect(
    screen.getByRole('heading', { level: 1, name: 'Plan your route into palliative medicine' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Start now' })).toBeInTheDocument();
  expect(screen.queryByText('Sorry, there is a problem with this page')).not.toBeInTheDocument();
});
