/** Where History reaches the person's records: the records port from context (tests replace this module). */
import { useMemo } from 'preact/hooks';
import { useSentCount } from '../../data/use-sent.js';
import { useWebData } from '../../data/web-data-context.js';

type Range = { readonly from: string; readonly to: string };

export function useHistoryData() {
  const { records, clock } = useWebData();
  return useMemo(
    () => ({
      /** Now, from the composition root's clock (a fake clock in tests): which 14 days are shown. */
      clock,
      listCheckins: (range: Range) => records.listCheckins(range),
      adherence: (range: Range) => records.adherence(range),
      listEvents: () => records.listEvents(),
      listAssessments: (range: Range) => records.listAssessments(range),
      useSentCount,
    }),
    [records, clock],
  );
}
