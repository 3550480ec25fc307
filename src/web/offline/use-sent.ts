/** TEMPORARY (issue #10): see index.ts; the screens being moved read these from data/use-sent.ts once merged. */
import { entryState as entryStateOf } from '../data/use-sent.js';
import type { OutboxOp } from '../data/outbox.js';
import { records } from './index.js';

export { useSentCount } from '../data/use-sent.js';

export const entryState = (match: (op: OutboxOp) => boolean) => entryStateOf(records, match);
