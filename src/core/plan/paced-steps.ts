/**
 * The step generator every strategy shares. A strategy says what dose it asks for next and how large a cut it
 * tolerates; this module turns that into measurable steps that keep the pace, by construction:
 *  - no cut is larger than the pace allows (25 % of the dose it cuts from; 50 % at a faster pace chosen with a
 *    prescriber, pace.ts), and the request is clamped to that when it asks for more (`capped`);
 *  - a cut the form cannot make within the tolerance (tablets can't cut 10 % of 0.5 mg) moves the dose to the next,
 *    finer way of measuring in the chain (measure-chain.ts), for this step and the rest of the plan;
 *  - a step to 0 comes only from at most the final-stop limit (1 mg diazepam-equivalent): below the floor the plan
 *    stops, never from more;
 *  - no dose-time rises from one step to the next (split.ts).
 * When no way of measuring can make the next step, the phase fails with `pace_unreachable`.
 */
import type { Micrograms } from '../dose.js';
import type { PlanMeasure } from './measure-chain.js';
import type { Measure } from './measuring.js';
import { largestPacedCutUg, MAX_CUT_PER_14_DAYS, PACE_LIMIT } from './pace.js';
import type { DoseTime, Pace, StepKind } from './plan-types.js';
import { splitOverTimes } from './split.js';

export interface RawPart {
  readonly medicationId: string;
  readonly plan: PlanMeasure;
  readonly perTimeUg: readonly Micrograms[];
}

/** A step before dates: the plan-scale dose, how long it lasts (null = the final step), and per-drug amounts. */
export interface RawStep {
  readonly kind: StepKind;
  readonly doseUg: Micrograms;
  readonly days: number | null;
  readonly parts: readonly RawPart[];
  /** The cut is smaller than the strategy asked, to keep the guideline pace. */
  readonly capped: boolean;
  /** Substitution stages: the exact equivalent before diazepam was rounded down. */
  readonly exactUg?: Micrograms;
}

export interface CutRule {
  /** The dose the strategy asks for next, before rounding to what the form measures. */
  readonly target: (currentUg: Micrograms) => number;
  /** The largest cut the request tolerates at this dose: rounding to a form may not stretch a request beyond it. */
  readonly toleratedCutUg: (currentUg: Micrograms) => number;
}

export interface PhaseInput {
  readonly startUg: Micrograms;
  /** Each dose-time's amount before the phase; no dose-time rises above it. */
  readonly startPerTimeUg: readonly Micrograms[];
  readonly chain: readonly PlanMeasure[];
  /** Where in the chain the phase starts (a later phase never goes back to a coarser measure). */
  readonly firstMeasure: number;
  readonly endUg: Micrograms;
  readonly floorUg: Micrograms;
  readonly stopLimitUg: Micrograms;
  readonly pace: Pace;
  readonly times: readonly DoseTime[];
  readonly intervalDays: number;
  readonly rule: CutRule;
  readonly maxSteps: number;
}

export type PhaseResult =
  | { readonly ok: true; readonly steps: RawStep[] }
  | { readonly ok: false; readonly code: 'pace_unreachable' | 'plan_too_long' };

/** Candidates tried below the first one in one measure before moving on (a split can fail for tablets with gaps). */
const MAX_TRIES_PER_MEASURE = 8;

/**
 * A planned amount is realisable when what the person can measure is no further from it than a guideline cut: a
 * 0.8 mL syringe can't measure 1 µg from a mixture (it would give nothing, an unplanned stop).
 */
export function realisable(measure: Measure, ug: Micrograms): boolean {
  if (ug === 0) return true;
  const r = measure.realise(ug);
  return r.achievedMg > 0 && Math.abs(r.errorPercent) <= MAX_CUT_PER_14_DAYS * 100;
}

interface Next {
  readonly doseUg: Micrograms;
  readonly perTimeUg: Micrograms[];
  readonly measureIndex: number;
}

/**
 * The next step: the first measure in the chain that makes a cut within the request's tolerance, with a monotone
 * split. The finest measure is held only to the pace: when even it can't cut as little as asked (1 % of 50 µg),
 * its smallest step is the gentlest cut there is.
 */
function nextStep(
  input: PhaseInput,
  currentUg: Micrograms,
  perTimeUg: readonly Micrograms[],
  from: number,
  targetUg: number,
  limits: { readonly tolerated: number; readonly paced: number },
): Next | undefined {
  // At or below the final-stop limit a new way of measuring is not worth learning: the plan stops instead.
  const to = input.endUg === 0 && currentUg <= input.stopLimitUg ? from + 1 : input.chain.length;
  for (let k = from; k < to; k++) {
    const measure = input.chain[k]?.measure;
    if (!measure) continue;
    const largestCutUg = k === input.chain.length - 1 ? limits.paced : Math.min(limits.tolerated, limits.paced);
    let dose = measure.ceil(targetUg);
    if (dose >= currentUg) dose = measure.floor(currentUg - 1);
    if (input.endUg > 0 && dose < input.endUg) dose = input.endUg;
    // Never below the end-point: a maintenance dose is where the plan stays.
    for (
      let tries = 0;
      tries < MAX_TRIES_PER_MEASURE && dose < currentUg && dose >= input.endUg && currentUg - dose <= largestCutUg;
      tries++
    ) {
      // A step to 0 is a stop, which only the final-stop rule may make.
      if (dose === 0 && currentUg > input.stopLimitUg) break;
      const parts = splitOverTimes(dose, input.times, measure, perTimeUg);
      if (parts && parts.every((ug) => realisable(measure, ug)))
        return { doseUg: dose, perTimeUg: parts, measureIndex: k };
      if (dose === input.endUg) break;
      dose = measure.floor(dose - 1);
    }
  }
  return undefined;
}

export function pacedSteps(input: PhaseInput): PhaseResult {
  const steps: RawStep[] = [];
  let current = input.startUg;
  let perTime: readonly Micrograms[] = input.startPerTimeUg;
  let measureIndex = input.firstMeasure;
  const part = (k: number, perTimeUg: readonly Micrograms[]): RawPart[] => {
    const plan = input.chain[k] ?? input.chain[0];
    return plan ? [{ medicationId: plan.medicationId, plan, perTimeUg }] : [];
  };
  const stop = (): PhaseResult => {
    steps.push({
      kind: 'stop',
      doseUg: 0,
      days: null,
      parts: part(
        measureIndex,
        input.times.map(() => 0),
      ),
      capped: false,
    });
    return { ok: true, steps };
  };

  while (current > input.endUg) {
    if (steps.length >= input.maxSteps) return { ok: false, code: 'plan_too_long' };
    const asked = input.rule.target(current);
    if (input.endUg === 0 && asked < input.floorUg && current <= input.stopLimitUg) return stop();
    const pacedCut = largestPacedCutUg(current, PACE_LIMIT[input.pace]);
    const pacedFloor = current - pacedCut;
    // Asked below the floor with too much left to stop from: go no lower than the final-stop limit, then stop.
    const approach = input.endUg === 0 && asked < input.floorUg && current > input.stopLimitUg ? input.stopLimitUg : 0;
    const target = Math.max(asked, pacedFloor, approach, input.endUg);
    const limits = { tolerated: input.rule.toleratedCutUg(current), paced: pacedCut };
    const next = nextStep(input, current, perTime, measureIndex, target, limits);
    if (!next) {
      if (input.endUg === 0 && current <= input.stopLimitUg) return stop();
      return { ok: false, code: 'pace_unreachable' };
    }
    const last = next.doseUg === input.endUg;
    steps.push({
      kind: last ? (next.doseUg === 0 ? 'stop' : 'maintain') : 'reduce',
      doseUg: next.doseUg,
      days: last ? null : input.intervalDays,
      parts: part(next.measureIndex, next.perTimeUg),
      capped: asked < pacedFloor - 0.5,
    });
    current = next.doseUg;
    perTime = next.perTimeUg;
    measureIndex = next.measureIndex;
  }
  return { ok: true, steps };
}
