import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n/catalogue.js';
import type { Formats } from '../../i18n/formats.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Recording } from './use-urgent-help.js';

/** How long the undo stays offered after the tap: long enough to notice a slip, short enough to stay a slip. */
export const UNDO_WINDOW_MS = 30_000;

function recordingText(recording: Recording, { t, f }: { readonly t: Translate; readonly f: Formats }): string {
  switch (recording.state) {
    case 'recording':
      return t('urgent.recording');
    case 'recorded':
      return t('urgent.recorded', { time: f.time(recording.at.toISOString()) });
    case 'queued':
      return t('urgent.queued');
    case 'refused':
      return t('urgent.refused', { reason: recording.reason });
    case 'refused-later':
      return t('urgent.refusedLater');
    case 'signed-out':
      return t('urgent.notSignedIn');
    case 'undoing':
      return t('urgent.undoing');
    case 'undone':
      return recording.synced ? t('urgent.undone') : t('urgent.undoneOnDevice');
    case 'undo-refused':
      return t('urgent.undoRefused', { reason: recording.reason });
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
  const i18n = useI18n();
  const [open, setOpen] = useState(() => Date.now() - tappedAt < UNDO_WINDOW_MS);
  useEffect(() => {
    const timer = window.setTimeout(() => setOpen(false), Math.max(0, tappedAt + UNDO_WINDOW_MS - Date.now()));
    return () => window.clearTimeout(timer);
  }, [tappedAt]);
  const undoable = open && (recording.state === 'recorded' || recording.state === 'queued');
  return (
    <div class="urgent__recording">
      <p class="status" role="status" aria-live="polite" data-testid="urgent-recording">
        {recordingText(recording, i18n)}
      </p>
      {undoable && (
        <button type="button" class="button" onClick={onUndo}>
          {i18n.t('urgent.undo')}
        </button>
      )}
    </div>
  );
}
