/**
 * Where urgent help reaches the person's records: the records port from context (tests replace this module).
 * Recording an event and its undo both go through the offline outbox, like every other write.
 */
import { useMemo } from 'preact/hooks';
import type { Records } from '../../data/records.js';
import { entryState, useSentCount } from '../../data/use-sent.js';
import { useRecords } from '../../data/web-data-context.js';

export function useUrgentData() {
  const records = useRecords();
  return useMemo(
    () => ({
      recordEvent: (body: Parameters<Records['recordEvent']>[0]) => records.recordEvent(body),
      deleteEvent: (id: string) => records.deleteEvent(id),
      /** Where the event with this id stands in the outbox. */
      eventState: (id: string) => entryState(records, (op) => op.kind === 'event' && op.body.id === id),
      useSentCount,
    }),
    [records],
  );
}
