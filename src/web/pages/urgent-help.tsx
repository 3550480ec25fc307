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

/** Shown the moment a red flag is tapped, from data already in memory: what to do, now. */
export function UrgentHelp({ flag, recording, signedIn, onBack }: Props) {
  const heading = useScreenHeading<HTMLHeadingElement>();
  return (
    <div class="urgent stack" data-testid="urgent-help">
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p class="urgent__said">{t.youSaid(flag.label)}</p>
      <h2>{t.stepsHeading}</h2>
      <ol class="urgent__steps">
        {flag.guidance.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p class="status" role="status" aria-live="polite">
        {recordingText(recording)}
      </p>
      <button type="button" class="button" onClick={onBack}>
        {signedIn ? t.back : t.backSignedOut}
      </button>
    </div>
  );
}
