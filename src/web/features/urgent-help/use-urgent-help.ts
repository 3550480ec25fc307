import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account, RedFlagView } from '../../../api/schemas.js';
import { localIsoDateTime } from '../../dates.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useUrgentData } from './urgent-data.js';

/** Where the event of the red flag on screen stands: being recorded, in the history, or taken back. */
export type Recording =
  | { readonly state: 'recording' }
  | { readonly state: 'recorded'; readonly at: Date }
  | { readonly state: 'queued' }
  | { readonly state: 'refused'; readonly reason: string }
  /** Kept on the device, but the account turned it down when it was sent. */
  | { readonly state: 'refused-later' }
  | { readonly state: 'signed-out' }
  | { readonly state: 'undoing' }
  | { readonly state: 'undone'; readonly synced: boolean }
  | { readonly state: 'undo-refused'; readonly reason: string };

/** An event on the device (or on its way) can be taken back; a refused one never reached the history. */
export const UNDOABLE: readonly Recording['state'][] = ['recording', 'recorded', 'queued'];

export interface UrgentShown {
  readonly flag: RedFlagView;
  readonly recording: Recording;
  readonly eventId?: string;
  /** When the flag was tapped (ms since the epoch): the undo is offered for a while from then. */
  readonly tappedAt: number;
}

/**
 * The red flag on screen and its event: recorded at once (guidance never waits for it), and taken back with
 * `undo` when the tap was a mistake. One undo at a time; a second tap while it is on its way does nothing.
 */
export function useUrgentHelp(account: Account | null | undefined) {
  const describeFailure = useDescribeFailure();
  const [shown, setShown] = useState<UrgentShown | undefined>(undefined);
  const urgentData = useUrgentData();
  const sent = urgentData.useSentCount();
  // Read at the tap itself, not from the last render: two taps in one frame must send one undo.
  const undoneId = useRef<string | undefined>(undefined);

  /** Moves the event on screen on, unless it has moved past `from` meanwhile (an undo overtakes a slow save). */
  const settle = (eventId: string, from: readonly Recording['state'][], recording: Recording) =>
    setShown((current) =>
      current?.eventId === eventId && from.includes(current.recording.state) ? { ...current, recording } : current,
    );

  // Once an event shown as "kept on this device" has been sent, say it is in the history.
  useEffect(() => {
    const eventId = shown?.eventId;
    if (eventId === undefined || shown?.recording.state !== 'queued') return;
    void urgentData.eventState(eventId).then((state) => {
      if (state === 'waiting') return;
      const recording: Recording =
        state === 'sent' ? { state: 'recorded', at: new Date() } : { state: 'refused-later' };
      settle(eventId, ['queued'], recording);
    });
  }, [sent]);

  function raise(flag: RedFlagView) {
    const tappedAt = Date.now();
    if (!account) return setShown({ flag, recording: { state: 'signed-out' }, tappedAt });
    const body = { id: crypto.randomUUID(), kind: flag.kind, occurredAt: localIsoDateTime() };
    setShown({ flag, recording: { state: 'recording' }, eventId: body.id, tappedAt });
    void urgentData.recordEvent(body).then((result) => {
      // Once on the device it is never lost: if it could not be sent yet, it is sent later.
      const recording: Recording = !result.ok
        ? { state: 'refused', reason: describeFailure(result.error) }
        : result.value.synced
          ? { state: 'recorded', at: new Date() }
          : { state: 'queued' };
      settle(body.id, ['recording'], recording);
    });
  }

  function undo() {
    const current = shown;
    const eventId = current?.eventId;
    const state = current?.recording.state;
    if (eventId === undefined || state === undefined || !UNDOABLE.includes(state) || undoneId.current === eventId)
      return;
    undoneId.current = eventId;
    settle(eventId, UNDOABLE, { state: 'undoing' });
    void urgentData.deleteEvent(eventId).then((result) => {
      const recording: Recording = result.ok
        ? { state: 'undone', synced: result.value.synced }
        : { state: 'undo-refused', reason: describeFailure(result.error) };
      settle(eventId, ['undoing'], recording);
    });
  }

  return { shown, raise, undo, close: () => setShown(undefined) };
}
