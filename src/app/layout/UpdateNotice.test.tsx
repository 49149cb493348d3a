import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReloadToUpdate } from '../pwa/watchForUpdates';
import { UpdateNotice } from './UpdateNotice';

// Stands in for the service worker: the test says when a new version is waiting.
const worker = vi.hoisted(() => ({
  onUpdateWaiting: null as ((reloadToUpdate: ReloadToUpdate) => void) | null,
  registrations: 0,
}));
vi.mock('../pwa/watchForUpdates', () => ({
  watchForUpdates: (onUpdateWaiting: (reloadToUpdate: ReloadToUpdate) => void) => {
    worker.registrations += 1;
    worker.onUpdateWaiting = onUpdateWaiting;
  },
}));

beforeEach(() => {
  worker.onUpdateWaiting = null;
  worker.registrations = 0;
});

describe('UpdateNotice', () => {
  it('shows nothing until a new version is waiting, and starts the service worker once', () => {
    const { container } = render(<UpdateNotice />);
    expect(container).toBeEmptyDOMElement();
    expect(worker.registrations).toBe(1);
  });

  it('says a new version is available, and "Reload to update" swaps to it', async () => {
    const user = userEvent.setup();
    const reloadToUpdate = vi.fn(() => Promise.resolve());
    render(<UpdateNotice />);
    act(() => worker.onUpdateWaiting?.(reloadToUpdate));

    const banner = screen.getByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent('A new version of Pathway is available');
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(reloadToUpdate).toHaveBeenCalledTimes(1);
  });

  it('can be hidden without updating', async () => {
    const user = userEvent.setup();
    const reloadToUpdate = vi.fn(() => Promise.resolve());
    render(<UpdateNotice />);
    act(() => worker.onUpdateWaiting?.(reloadToUpdate));

    await user.click(screen.getByRole('button', { name: 'Hide this message' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(reloadToUpdate).not.toHaveBeenCalled();
  });
});
