import { useEffect, useState } from 'preact/hooks';
import type { RedFlagView } from '../../api/schemas.js';
import { messages } from '../messages.js';
import { useScreenHeading } from '../use-screen-heading.js';

export type Recording =
  | { readonly state: 'recording' }
  | { readonly state: 'recorded'; readonly at: Date }
  | { readonly state: 'queued' }
  | { readonly state: 'refused'; readonly reason: string }
  | { readonly state: 'signed-out' };

interface Props {
  readonly flag: RedFlagView;
  readonly recording: Recording;
  readonly signedIn: boolean;
  readonly onBack: () => void;
}

const t = messages.urgent;

function recordingText(recording: Recording): string {
  switch (recording.state) {
    case 'recording':
      return t.recording;
    case 'recorded':
      return t.recorded(recording.at);
    case 'queued':
      return t.queued;
    case 'refused':
      return t.refused(recording.reason);
    case 'signed-out':
      return t.notSignedIn;
  }
}

/**
 * How long after this screen opens a tap on a calling link is taken as the second half of the double tap that opened
 * it (a shaky hand on the red-flag button), not as a call.
 */
const CALL_GUARD_MS = 800;

/** Emergency numbers (and crisis lines where they help) as calling links, each a full-size target. */
function CallNumbers({ crisisLines }: { readonly crisisLines: boolean }) {
  const numbers = crisisLines ? [...t.emergencyNumbers, ...t.crisisLines] : t.emergencyNumbers;
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setArmed(true), CALL_GUARD_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <section class="urgent__call" aria-labelledby="call-heading">
      <h2 id="call-heading">{t.callHeading}</h2>
      <p>{t.callIntro}</p>
      <ul class="urgent__numbers">
        {numbers.map((n) => (
          <li key={n.number}>
            <a
              class="button button--serious"
              href={t.telHref(n)}
              onClick={(e) => {
                if (!armed) e.preventDefault();
              }}
            >
              {t.callLink(n)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Shown the moment a red flag is tapped, from data already in memory: what to do, now. */
export function UrgentHelp({ flag, recording, signedIn, onBack }: Props) {
  const heading = useScreenHeading<HTMLHeadingElement>();
  return (
    <div class="urgent stack" data-testid="urgent-help">
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p class="urgent__said">{t.youSaid(flag.label)}</p>
      {flag.urgency === 'emergency' && <CallNumbers crisisLines={messages.redFlag(flag.kind)?.crisisLines === true} />}
      <h2>{t.stepsHeading}</h2>
      <ol class="urgent__steps">
        {flag.guidance.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p class="status" role="status" aria-live="polite">
        {recordingText(recording)}
      </p>
      {signedIn && <p>{t.planPaused}</p>}
      <button type="button" class="button" onClick={onBack}>
        {signedIn ? t.back : t.backSignedOut}
      </button>
    </div>
  );
}
