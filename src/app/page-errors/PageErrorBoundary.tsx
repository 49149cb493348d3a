import { Component, type ReactNode } from 'react';

type PageErrorBoundaryProps = {
  /** The location: when it changes, a page that failed is tried again (so other pages still work). */
  readonly resetKey: unknown;
  /** What to show instead of the page; `retry` renders the page again (after a connection returns). */
  readonly fallback: (error: unknown, retry: () => void) => ReactNode;
  /** Called just before the page is tried again (as the location changes, or through `retry`). */
  readonly beforeRetry?: () => void;
  /** Called once the page is rendered again through `retry`, not through a change of location. */
  readonly onRetry?: () => void;
  readonly children: ReactNode;
};

type PageErrorBoundaryState = {
  readonly failed: boolean;
  readonly error: unknown;
  /** The location at which the page failed (while nothing has failed, the location now). */
  readonly failedAt: unknown;
};

/**
 * Keeps an error in one page (or notice) from blanking the whole app: the shell around it stays and
 * the fallback shows in its place. React 19 still catches render errors only in a class component.
 */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = {
    failed: false,
    error: null,
    failedAt: this.props.resetKey,
  };

  private retried = false;

  static getDerivedStateFromError(error: unknown): Partial<PageErrorBoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(
    props: PageErrorBoundaryProps,
    state: PageErrorBoundaryState,
  ): Partial<PageErrorBoundaryState> | null {
    if (!state.failed)
      return state.failedAt === props.resetKey ? null : { failedAt: props.resetKey };
    // Moving to another page (or opening this one again) tries again.
    if (state.failedAt !== props.resetKey) {
      // Doing this again (React may render twice) does no harm.
      props.beforeRetry?.();
      return { failed: false, error: null, failedAt: props.resetKey };
    }
    return null;
  }

  override componentDidUpdate(): void {
    if (this.retried && !this.state.failed) {
      this.retried = false;
      this.props.onRetry?.();
    }
  }

  retry = (): void => {
    this.retried = true;
    this.props.beforeRetry?.();
    this.setState({ failed: false, error: null });
  };

  override render(): ReactNode {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.retry)
      : this.props.children;
  }
}
