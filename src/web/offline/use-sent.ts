import { useEffect, useState } from 'preact/hooks';
import { syncer } from './index.js';
import type { OutboxOp } from './outbox.js';

/** Goes up each time entries reach the server, so a screen can refresh what it marked "not sent yet". */
export function useSentCount(): number {
  const [sent, setSent] = useState(() => syncer.status().sent);
  useEffect(() => syncer.subscribe((status) => setSent(status.sent)), []);
  return sent;
}

/** True while an entry matching `match` still waits in the outbox (refused ones count as not waiting). */
export async function isWaiting(match: (op: OutboxOp) => boolean): Promise<boolean> {
  return (await syncer.entries()).some((e) => !e.rejected && match(e.op));
}
