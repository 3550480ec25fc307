import { useEffect, useState } from 'preact/hooks';
import type { OutboxOp } from './outbox.js';
import type { Records } from './records.js';
import { useRecords } from './web-data-context.js';

/** Goes up each time entries leave the queue (sent, or refused), so a screen can refresh what it marked "not sent yet". */
export function useSentCount(): number {
  const records = useRecords();
  const [sent, setSent] = useState(() => records.status().sent);
  useEffect(() => records.subscribe((status) => setSent(status.sent)), [records]);
  return sent;
}

/**
 * Where the latest entry matching `match` stands: still waiting in the outbox, refused by the server (kept,
 * with its reason), or gone from the outbox because the server has it.
 */
export async function entryState(
  records: Records,
  match: (op: OutboxOp) => boolean,
): Promise<'waiting' | 'refused' | 'sent'> {
  const found = (await records.entries()).filter((e) => match(e.op)).at(-1);
  return found === undefined ? 'sent' : found.rejected ? 'refused' : 'waiting';
}
