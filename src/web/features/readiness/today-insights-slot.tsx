/**
 * Today's hook for the "where am I" card and the readiness view: their code loads only after the check-in screen is
 * up (its own chunk, so the check-in's first load stays within its budget, and no d3), and if it cannot load (offline
 * before the service worker has it) nothing is shown: the check-in never waits for it and never shows its failure.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { TodayInsights } from './today-insights.js';

type Loaded = ComponentType<Parameters<typeof TodayInsights>[0]>;

export function TodayInsightsSlot(props: Parameters<typeof TodayInsights>[0]) {
  const [Section, setSection] = useState<Loaded | undefined>(undefined);
  useEffect(() => {
    if (Section) return undefined;
    let live = true;
    import('./today-insights.js').then(
      (m) => {
        if (live) setSection(() => m.TodayInsights);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return Section ? <Section {...props} /> : null;
}
