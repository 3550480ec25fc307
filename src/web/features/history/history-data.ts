/** Where History reaches the person's records: the one module to switch when the records come from context. */
import { records } from '../../offline/index.js';
import { useSentCount } from '../../offline/use-sent.js';

type Range = { readonly from: string; readonly to: string };

export const historyData = {
  listCheckins: (range: Range) => records.listCheckins(range),
  adherence: (range: Range) => records.adherence(range),
  listEvents: () => records.listEvents(),
  useSentCount,
};
