import type { ReactNode } from 'react';

type NotificationBannerProps = {
  /** Unique on the page: the banner is a region named by its title. */
  readonly id: string;
  readonly title: string;
  readonly heading: string;
  /** Success banners confirm something the person just did; they are announced straight away. */
  readonly success?: boolean;
  readonly children?: ReactNode;
  /** Adds a "Hide this message" button, after the content, that calls this. */
  readonly onHide?: () => void;
};

/** The NHS notification banner, for news about the person's data that is not part of the question. */
export function NotificationBanner({
  id,
  title,
  heading,
  success = false,
  children,
  onHide,
}: NotificationBannerProps) {
  return (
    <div
      className={`nhsuk-notification-banner${success ? ' nhsuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={`${id}-title`}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={`${id}-title`}>
          {title}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{heading}</p>
        {children}
        {onHide && (
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={onHide}
          >
            Hide this message
          </button>
        )}
      </div>
    </div>
  );
}
