/** Where Insights reaches the person's records: the records port from context (tests replace this module). */
import { useMemo } from 'preact/hooks';
import { useRecords } from '../../data/web-data-context.js';

export function useInsightsData() {
  const records = useRecords();
  return useMemo(
    () => ({
      phase: (date: string) => records.insightsPhase(date),
      trends: (range: { from: string; to: string }) => records.insightsTrends(range),
      cuts: () => records.insightsCuts(),
    }),
    [records],
  );
}
