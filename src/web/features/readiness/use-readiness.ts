import { useEffect, useState } from 'preact/hooks';
import type { ApiFailure, ApiResult } from '../../../api/api-result.js';
import type { PhaseAnswer, ReadinessAnswer } from '../../../api/insight-schemas.js';
import { cutIsNear, stepBeforeCut } from './plan-cuts.js';
import type { ReadinessData } from './readiness-data.js';

export type PhaseLoad =
  | { readonly state: 'loading' }
  /** Offline with no kept answer, or no answer to show: the card is simply not there. */
  | { readonly state: 'hidden' }
  | { readonly state: 'shown'; readonly phase: PhaseAnswer };

export type ReadinessLoad =
  | { readonly state: 'loading' }
  /** No cut within three days (or no plan): nothing to show. */
  | { readonly state: 'none' }
  | {
      readonly state: 'shown';
      readonly answer: ReadinessAnswer & { readonly nextCut: NonNullable<ReadinessAnswer['nextCut']> };
      /** The step a hold lengthens (the one before the cut); undefined when the plan could not be read. */
      readonly stepIndex: number | undefined;
    }
  /** Offline, and the plan kept on the device has a cut within three days: a calm line instead of the view. */
  | { readonly state: 'offline' }
  | { readonly state: 'failed'; readonly error: ApiFailure };

const unreachable = (error: ApiFailure) => error.code === 'network_error';

async function readinessLoad(data: ReadinessData, today: string): Promise<ReadinessLoad> {
  const result = await data.readiness(today);
  if (result.ok) {
    const { nextCut, suggestion } = result.value;
    if (!nextCut || suggestion === null) return { state: 'none' };
    const plan = await data.plan();
    const stepIndex = plan.ok ? stepBeforeCut(plan.value.plan, nextCut.date)?.index : undefined;
    return { state: 'shown', answer: { ...result.value, nextCut }, stepIndex };
  }
  if (!unreachable(result.error))
    return result.error.code === 'not_found' ? { state: 'none' } : { state: 'failed', error: result.error };
  const plan = await data.plan();
  return plan.ok && cutIsNear(plan.value.plan, today) ? { state: 'offline' } : { state: 'none' };
}

const phaseLoad = (result: ApiResult<PhaseAnswer>): PhaseLoad =>
  result.ok ? { state: 'shown', phase: result.value } : { state: 'hidden' };

/**
 * The phase (`known` when the caller has it already) and the readiness for `today`, each as soon as it answers;
 * `reload` asks again (after a hold).
 */
export function useTodayInsights(
  data: ReadinessData,
  { today, known }: { readonly today: string; readonly known?: ApiResult<PhaseAnswer> | undefined },
) {
  const [phase, setPhase] = useState<PhaseLoad>(() => (known ? phaseLoad(known) : { state: 'loading' }));
  const [readiness, setReadiness] = useState<ReadinessLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    if (!known || attempt > 0)
      void data.phase(today).then((result) => {
        if (live) setPhase(phaseLoad(result));
      });
    void readinessLoad(data, today).then((load) => {
      if (live) setReadiness(load);
    });
    return () => {
      live = false;
    };
  }, [data, today, attempt]);
  return { phase, readiness, reload: () => setAttempt((n) => n + 1) };
}
