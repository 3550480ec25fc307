/** What Today reads of the sync loop: when queued entries leave the outbox, and where one entry stands. */
import { useEffect, useState } from 'preact/hooks';
import type { OutboxOp } from '../../data/outbox.js';
import type { Records } from '../../data/records.js';
import type { Syncer } from '../../data/sync.js';

export interface TodayData {
  readonly records: Records;
  readonly syncer: Pick<Syncer, 'status' | 'subscribe' | 'entries'>;
  /** Now, from the composition root's clock (a fake clock in tests). */
  readonly clock: () => Date;
}

/** Goes up each time entries leave the queue (sent, or refused), so Today can refresh its "not sent yet" marks. */
export function useSentCount(data: TodayData): number {
  const [sent, setSent] = useState(() => data.syncer.status().sent);
  useEffect(() => data.syncer.subscribe((status) => setSent(status.sent)), [data]);
  return sent;
}

/** Where the latest entry matching `match` stands: waiting in the outbox, refused (kept, with its reason), or sent. */
export async function entryState(
  data: TodayData,
  match: (op: OutboxOp) => boolean,
): Promise<'waiting' | 'refused' | 'sent'> {
  const found = (await data.syncer.entries()).filter((e) => match(e.op)).at(-1);
  return found === undefined ? 'sent' : found.rejected ? 'refused' : 'waiting';
}
