import { useMemo, useRef, useState } from 'react';
import type { LinkQrCode } from './link-qr-code';

type SharePlanSectionProps = {
  /** The whole link to this plan, or null when the plan is too big to fit in one. */
  readonly link: string | null;
};

type CopyOutcome = 'copied' | 'not-copied' | null;

type QrCodeMaker = { readonly make: (link: string) => LinkQrCode | null };
type QrState = 'hidden' | 'loading' | 'shown' | 'failed';

/** The QR code drawn as SVG: dark modules on white, one unit per module, crisp at any size. */
function QrCodeImage({ code }: { readonly code: LinkQrCode }) {
  return (
    // 240 pixels wide fits the narrowest screens (320 pixels) and scans well from a screen.
    <svg
      width={240}
      height={240}
      role="img"
      aria-label="QR code for the link to this plan"
      viewBox={`0 0 ${code.size} ${code.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={code.size} height={code.size} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
}

/** "Send this plan as a link": the link to copy, and what it holds and where it goes. */
export function SharePlanSection({ link }: SharePlanSectionProps) {
  const [outcome, setOutcome] = useState<CopyOutcome>(null);
  const input = useRef<HTMLInputElement>(null);
  const [qrState, setQrState] = useState<QrState>('hidden');
  const [qrModule, setQrModule] = useState<QrCodeMaker | null>(null);
  const qrCode = useMemo(
    () => (qrModule === null || link === null ? null : qrModule.make(link)),
    [qrModule, link],
  );

  async function toggleQrCode() {
    if (qrState === 'shown') {
      setQrState('hidden');
      return;
    }
    if (qrModule !== null) {
      setQrState('shown');
      return;
    }
    setQrState('loading');
    try {
      // Loaded only now, so the QR code library is never part of the first download.
      const { linkQrCode } = await import('./link-qr-code');
      setQrModule({ make: linkQrCode });
      setQrState('shown');
    } catch {
      setQrState('failed');
    }
  }

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
          </button>{' '}
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            aria-expanded={qrState === 'shown'}
            aria-controls="plan-link-qr-code"
            onClick={() => void toggleQrCode()}
          >
            {qrState === 'shown' ? 'Hide the QR code' : 'Show a QR code'}
          </button>
          <div id="plan-link-qr-code">
            {qrState === 'shown' &&
              (qrCode === null ? (
                <p>This link is too long for a QR code. Copy the link instead.</p>
              ) : (
                <>
                  <div className="nhsuk-u-margin-bottom-3">
                    <QrCodeImage code={qrCode} />
                  </div>
                  <p>
                    Scan the QR code with a phone&rsquo;s camera to open this plan on the phone. It
                    is made on this device. Anyone who can see your screen could scan it too.
                  </p>
                </>
              ))}
          </div>
        </>
      )}
      <div role="status">
        {qrState === 'loading' && <p>Making the QR code&hellip;</p>}
        {qrState === 'failed' && (
          <p>We could not make the QR code. Try again, or copy the link instead.</p>
        )}
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
