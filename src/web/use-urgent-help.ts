import { useEffect, useState } from 'preact/hooks';
import type { RedFlagView } from '../api/schemas.js';
import { entryState, useSentCount } from './data/use-sent.js';
import { useRecords } from './data/web-data-context.js';
import { localIsoDateTime } from './dates.js';
import { describeFailure } from './describe-failure.js';
import { messages } from './messages.js';
import type { Recording } from './pages/urgent-help.js';

export interface Urgent {
  readonly flag: RedFlagView;
  readonly recording: Recording;
  readonly eventId?: string;
}

/**
 * The urgent-help screen's state: which red flag was tapped and how recording its event stands. Guidance comes
 * first, at once; recording the event follows and never delays it.
 */
export function useUrgentHelp(signedIn: boolean) {
  const records = useRecords();
  const [urgent, setUrgent] = useState<Urgent | undefined>(undefined);
  const sent = useSentCount();

  // Signing in or out leaves urgent help for the screen that follows.
  useEffect(() => setUrgent(undefined), [signedIn]);

  // Once a red-flag event shown as "kept on this device" has been sent, say it is in the history.
  useEffect(() => {
    const eventId = urgent?.eventId;
    if (eventId === undefined || urgent?.recording.state !== 'queued') return;
    void entryState(records, (op) => op.kind === 'event' && op.body.id === eventId).then((state) => {
      if (state === 'waiting') return;
      const recording: Recording =
        state === 'sent'
          ? { state: 'recorded', at: new Date() }
          : { state: 'refused', reason: messages.urgent.refusedLater };
      setUrgent((shown) => (shown?.eventId === eventId ? { ...shown, recording } : shown));
    });
  }, [sent]);

  function raise(flag: RedFlagView) {
    if (!signedIn) return setUrgent({ flag, recording: { state: 'signed-out' } });
    const body = { id: crypto.randomUUID(), kind: flag.kind, occurredAt: localIsoDateTime() };
    setUrgent({ flag, recording: { state: 'recording' }, eventId: body.id });
    void records.recordEvent(body).then((result) => {
      // Once on the device it is never lost: if it could not be sent yet, it is sent later.
      let recording: Recording;
      if (result.ok) recording = result.value.synced ? { state: 'recorded', at: new Date() } : { state: 'queued' };
      else recording = { state: 'refused', reason: describeFailure(result.error) };
      setUrgent((shown) => (shown?.eventId === body.id ? { ...shown, recording } : shown));
    });
  }

  return { urgent, raise, close: () => setUrgent(undefined) };
}
