import { useEffect, useState } from 'preact/hooks';
import type { ApiFailure } from '../../../api/api-result.js';
import { addDays } from '../../../core/index.js';
import type { CutsView, PhaseView, TrendsView } from '../../data/insight-views.js';
import { useInsightsData } from './insights-data.js';

export interface Loaded {
  readonly phase: PhaseView;
  readonly trends: TrendsView;
  readonly cuts: CutsView;
}

export type InsightsLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: ApiFailure }
  | ({ readonly state: 'loaded' } & Loaded);

/** The three answers for today and the chosen number of days; a later choice wins over an earlier answer. */
export function useInsights(today: string, days: number): InsightsLoad {
  const data = useInsightsData();
  const [load, setLoad] = useState<InsightsLoad>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const range = { from: addDays(today, 1 - days), to: today };
    void Promise.all([data.phase(today), data.trends(range), data.cuts()]).then(([phase, trends, cuts]) => {
      if (!live) return;
      if (!phase.ok) setLoad({ state: 'failed', error: phase.error });
      else if (!trends.ok) setLoad({ state: 'failed', error: trends.error });
      else if (!cuts.ok) setLoad({ state: 'failed', error: cuts.error });
      else setLoad({ state: 'loaded', phase: phase.value, trends: trends.value, cuts: cuts.value });
    });
    return () => {
      live = false;
    };
  }, [data, today, days]);
  return load;
}
