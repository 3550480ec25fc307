/** Where Insights reaches the person's records: the records port from context (tests build it over a fake API). */
import { useMemo } from 'preact/hooks';
import { useRecords } from '../../data/web-data-context.js';

export function useInsightsData() {
  const records = useRecords();
  return useMemo(
    () => ({
      phase: (date: string) => records.insightsPhase(date),
      trends: (range: { from: string; to: string }) => records.insightsTrends(range),
      cuts: () => records.insightsCuts(),
      /** For the names of the symptoms the person tracks (their own included). */
      mySymptoms: () => records.mySymptoms(),
    }),
    [records],
  );
}
