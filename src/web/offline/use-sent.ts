import { useEffect, useState } from 'preact/hooks';
import { syncer } from './index.js';

/** Goes up each time entries leave the outbox, so a screen can refresh what it marked "not sent yet". */
export function useSentCount(): number {
  const [sent, setSent] = useState(0);
  useEffect(() => {
    let last = syncer.status().pending;
    return syncer.subscribe((status) => {
      if (status.pending < last) setSent((n) => n + 1);
      last = status.pending;
    });
  }, []);
  return sent;
}

/** True while a write for this check-in day still waits in the outbox. */
export async function checkinWaiting(date: string): Promise<boolean> {
  return (await syncer.entries()).some((e) => !e.rejected && e.op.kind === 'checkin' && e.op.date === date);
}
