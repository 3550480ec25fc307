/**
 * Today's hook for the "where am I" card and the readiness view. Their code is a chunk of its own, loaded once the
 * check-in screen is up and only when there is something to show: with no plan Today's own note already says so, and
 * nothing more loads (so the check-in's first load stays small, and never with d3). If the code cannot load, nothing
 * is shown: the check-in never waits for it and never shows its failure.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PhaseAnswer } from '../../../api/insight-schemas.js';
import type { ApiResult } from '../../../api/api-result.js';
import type { TodayInsightsProps } from './today-insights.js';
import { useWords } from '../../i18n/i18n-context.js';
import { useLazyPart } from '../../use-lazy-part.js';

export function TodayInsightsSlot({ records, day }: Omit<TodayInsightsProps, 'phase'>) {
  const [phase, setPhase] = useState<ApiResult<PhaseAnswer> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void records.insightsPhase(day.today).then((result) => {
      if (live) setPhase(result);
    });
    return () => {
      live = false;
    };
  }, [records, day.today]);
  const wanted = phase !== undefined && !(phase.ok && phase.value.phase === 'no-plan');
  const Section = useLazyPart(() => import('./today-insights.js').then((m) => m.TodayInsights), wanted);
  // Only the card's own words come with it; the readiness view's load with the view, when a cut is near.
  const worded = useWords(['phase'], wanted);
  return Section && phase && worded ? <Section records={records} day={day} phase={phase} /> : null;
}
