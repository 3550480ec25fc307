import { useEffect, useState } from 'preact/hooks';
import { syncer } from './index.js';
import type { OutboxOp } from './outbox.js';

/** Goes up each time entries leave the queue (sent, or refused), so a screen can refresh what it marked "not sent yet". */
export function useSentCount(): number {
  const [sent, setSent] = useState(() => syncer.status().sent);
  useEffect(() => syncer.subscribe((status) => setSent(status.sent)), []);
  return sent;
}

/**
 * Where the latest entry matching `match` stands: still waiting in the outbox, refused by the server (kept,
 * with its reason), or gone from the outbox because the server has it.
 */
export async function entryState(match: (op: OutboxOp) => boolean): Promise<'waiting' | 'refused' | 'sent'> {
  const found = (await syncer.entries()).filter((e) => match(e.op)).at(-1);
  return found === undefined ? 'sent' : found.rejected ? 'refused' : 'waiting';
}
