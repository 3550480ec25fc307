import { useEffect, useState } from 'preact/hooks';
import type { ApiFailure } from '../../../api/api-result.js';
import type { CutsAnswer, PhaseAnswer, TrendsAnswer } from '../../../api/insight-schemas.js';
import { addDays } from '../../../core/index.js';
import { useInsightsData } from './insights-data.js';

export interface Loaded {
  readonly phase: PhaseAnswer;
  readonly trends: TrendsAnswer;
  readonly cuts: CutsAnswer;
  /** Symptom id → the name the person knows it by (empty when the list could not be had). */
  readonly names: ReadonlyMap<string, string>;
}

export type InsightsLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: ApiFailure }
  | ({ readonly state: 'loaded' } & Loaded);

/**
 * The three answers for today and the chosen number of days; a later choice wins over an earlier answer. `attempt`
 * counts the person's "Try again" taps: each asks again.
 */
export function useInsights(today: string, days: number, attempt: number): InsightsLoad {
  const data = useInsightsData();
  const [load, setLoad] = useState<InsightsLoad>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const range = { from: addDays(today, 1 - days), to: today };
    setLoad({ state: 'loading' });
    void Promise.all([data.phase(today), data.trends(range), data.cuts(), data.mySymptoms()]).then(
      ([phase, trends, cuts, symptoms]) => {
        if (!live) return;
        if (!phase.ok) setLoad({ state: 'failed', error: phase.error });
        else if (!trends.ok) setLoad({ state: 'failed', error: trends.error });
        else if (!cuts.ok) setLoad({ state: 'failed', error: cuts.error });
        else {
          const names = new Map(symptoms.ok ? symptoms.value.symptoms.map((s) => [s.id, s.name] as const) : []);
          setLoad({ state: 'loaded', phase: phase.value, trends: trends.value, cuts: cuts.value, names });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [data, today, days, attempt]);
  return load;
}
