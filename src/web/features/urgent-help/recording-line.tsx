import { useEffect, useState } from 'preact/hooks';
import { urgentMessages as t } from './messages.js';
import type { Recording } from './use-urgent-help.js';

/** How long the undo stays offered after the tap: long enough to notice a slip, short enough to stay a slip. */
export const UNDO_WINDOW_MS = 30_000;

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
    case 'undoing':
      return t.undoing;
    case 'undone':
      return recording.synced ? t.undone : t.undoneOnDevice;
    case 'undo-refused':
      return t.undoRefused(recording.reason);
  }
}

interface Props {
  readonly recording: Recording;
  /** When the flag was tapped (ms since the epoch). */
  readonly tappedAt: number;
  readonly onUndo: () => void;
}

/** "Added to your history at 10:42. [Undo]": the undo is offered for a short while after the tap, never a dialog. */
export function RecordingLine({ recording, tappedAt, onUndo }: Props) {
  const [open, setOpen] = useState(() => Date.now() - tappedAt < UNDO_WINDOW_MS);
  useEffect(() => {
    const timer = window.setTimeout(() => setOpen(false), Math.max(0, tappedAt + UNDO_WINDOW_MS - Date.now()));
    return () => window.clearTimeout(timer);
  }, [tappedAt]);
  const undoable = open && (recording.state === 'recorded' || recording.state === 'queued');
  return (
    <div class="urgent__recording">
      <p class="status" role="status" aria-live="polite" data-testid="urgent-recording">
        {recordingText(recording)}
      </p>
      {undoable && (
        <button type="button" class="button" onClick={onUndo}>
          {t.undo}
        </button>
      )}
    </div>
  );
}
