/**
 * Where urgent help reaches the person's records: the one module to switch when the records come from context.
 * Recording an event and its undo both go through the offline outbox, like every other write.
 */
import { records } from '../../offline/index.js';
import { entryState, useSentCount } from '../../offline/use-sent.js';

export const urgentData = {
  recordEvent: (body: Parameters<typeof records.recordEvent>[0]) => records.recordEvent(body),
  deleteEvent: (id: string) => records.deleteEvent(id),
  /** Where the event with this id stands in the outbox. */
  eventState: (id: string) => entryState((op) => op.kind === 'event' && op.body.id === id),
  useSentCount,
};
