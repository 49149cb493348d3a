import { useRef, useState } from 'react';

type SharePlanSectionProps = {
  /** The whole link to this plan, or null when the plan is too big to fit in one. */
  readonly link: string | null;
};

type CopyOutcome = 'copied' | 'not-copied' | null;

/** "Send this plan as a link": the link to copy, and what it holds and where it goes. */
export function SharePlanSection({ link }: SharePlanSectionProps) {
  const [outcome, setOutcome] = useState<CopyOutcome>(null);
  const input = useRef<HTMLInputElement>(null);

  async function copy() {
    if (link === null) return;
    try {
      // Not every browser has the clipboard, and some refuse it (for example without HTTPS).
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('No clipboard');
      await navigator.clipboard.writeText(link);
      setOutcome('copied');
    } catch {
      setOutcome('not-copied');
      input.current?.select();
    }
  }

  return (
    <section aria-labelledby="send-as-link">
      <h2 id="send-as-link">Send this plan as a link</h2>
      <p>
        You can send this plan to yourself or someone else as a link, for example to open it on
        another device. Nothing is saved on this device by sending it.
      </p>
      {link === null ? (
        <p>
          This plan has too many part-time periods and other answers to fit in a link. Open it on
          the other device and answer the questions there instead.
        </p>
      ) : (
        <>
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="plan-link">
              Link to this plan
            </label>
            <div className="nhsuk-hint" id="plan-link-hint">
              The link holds this plan&rsquo;s answers, including any part-time periods and time
              out. Anyone with the link can see them. The answers are in the part of the link after
              the # sign, which browsers do not send anywhere, so they are not sent to or stored on
              any server. Your skills checklist is personal, so it is not included.
            </div>
            <input
              ref={input}
              className="nhsuk-input"
              id="plan-link"
              name="plan-link"
              type="text"
              readOnly
              spellCheck={false}
              autoComplete="off"
              aria-describedby="plan-link-hint"
              value={link}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            onClick={() => void copy()}
          >
            Copy link
          </button>
        </>
      )}
      <div role="status">
        {outcome === 'copied' && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>Link copied. Paste it into an email or message to send it.</p>
          </div>
        )}
        {outcome === 'not-copied' && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              We could not copy the link. Select all of the link in the box above and copy it
              yourself.
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
