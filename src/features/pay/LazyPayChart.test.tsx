import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPayChart } from './LazyPayChart';
import type { PayRow } from './pay-view-model';

const ROWS: readonly PayRow[] = [
  {
    financialYear: '2026/27',
    where: 'F2',
    amountText: '£40,190',
    amount: 40190,
    notes: [],
    status: 'known',
  },
  {
    financialYear: '2027/28',
    where: 'IMT year 1',
    amountText: '£51,000',
    amount: 51000,
    notes: [],
    status: 'known',
  },
];
const DESCRIPTION = 'Bar chart of basic pay by financial year, from £40,190 in 2026/27.';

/** A stand-in for the browser's IntersectionObserver that a test moves by hand. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(
    private readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** The observed element comes within the root margin of the window. */
  comeNear() {
    act(() => this.callback([{ isIntersecting: true }]));
  }
}

function chartDrawn(container: HTMLElement) {
  return container.querySelector('.recharts-wrapper');
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeIntersectionObserver.instances = [];
});

describe('LazyPayChart', () => {
  it('keeps the chart’s box and text alternative, and loads the chart only when it comes near the window', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const { container } = render(<LazyPayChart rows={ROWS} description={DESCRIPTION} />);
    const box = screen.getByRole('img', { name: DESCRIPTION });
    expect(box).toHaveStyle({ height: '320px' });
    expect(screen.getByText('Loading the chart…')).toBeInTheDocument();
    const [observer] = FakeIntersectionObserver.instances;
    expect(observer?.observed).toEqual([box]);
    expect(observer?.options.rootMargin).toMatch(/^\d+px/);
    expect(chartDrawn(container)).toBeNull();

    observer?.comeNear();
    await waitFor(() => expect(chartDrawn(container)).not.toBeNull());
    expect(observer?.disconnected).toBe(true);
    expect(screen.getByRole('img', { name: DESCRIPTION })).toBe(box);
  });

  it('loads the chart before the page is printed, even if it was never scrolled to', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const { container } = render(<LazyPayChart rows={ROWS} description={DESCRIPTION} />);
    expect(chartDrawn(container)).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    await waitFor(() => expect(chartDrawn(container)).not.toBeNull());
  });

  it('stops watching the window when the page goes', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const removed = vi.spyOn(window, 'removeEventListener');
    const { unmount } = render(<LazyPayChart rows={ROWS} description={DESCRIPTION} />);
    unmount();
    expect(FakeIntersectionObserver.instances[0]?.disconnected).toBe(true);
    expect(removed).toHaveBeenCalledWith('beforeprint', expect.any(Function));
  });

  it('loads the chart at once in a browser without IntersectionObserver', async () => {
    expect('IntersectionObserver' in window).toBe(false);
    const { container } = render(<LazyPayChart rows={ROWS} description={DESCRIPTION} />);
    await waitFor(() => expect(chartDrawn(container)).not.toBeNull());
  });
});
