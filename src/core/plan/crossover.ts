/**
 * The switch to diazepam (clinical.md §1.2, secondary descriptions of the Ashton Manual's method): one dose-time at
 * a time, half of it per stage where the tablets allow, about a week per stage; then the diazepam rate table.
 *
 * Diazepam is never rounded up: each dose-time's diazepam is the equivalent of what has been swapped there so far,
 * rounded *down* to what the diazepam form measures, so no dose-time's equivalent ever rises. The loss from rounding
 * is shown on each stage and bounded by MAX_ROUNDING_LOSS; a coarser form (tablets) that loses more gives way to the
 * next way of measuring diazepam (its liquid), as the chain for any drug does.
 */
import type { Micrograms } from '../dose.js';
import type { Medication } from '../medications/medication.js';
import type { PlanMeasure } from './measure-chain.js';
import type { RawStep } from './paced-steps.js';
import type { CrossoverStrategy, DoseTime } from './plan-types.js';

/**
 * The largest share of a stage's equivalent that rounding diazepam down may lose (a conservative design choice:
 * well inside the 25 % pace, and small against the 2x spread of the published equivalents themselves).
 */
export const MAX_ROUNDING_LOSS = 0.1;

export interface Substitution {
  readonly steps: RawStep[];
  /** Diazepam per dose-time after the last stage. */
  readonly diazepamPerTimeUg: Micrograms[];
  /** Index in the diazepam chain of the measure used. */
  readonly measureIndex: number;
}

/** mg of diazepam per mg of the drug that a published table gives, or undefined when the table has no figure. */
export function ratioFromTable(medication: Medication, table: 'ashton' | 'va-dod'): number | undefined {
  const equivalent = medication.equivalents.find((e) => e.table === table);
  return equivalent ? 10 / equivalent.mgLow : undefined;
}

/** The published diazepam-per-mg range for a medication (both tables, both ends), e.g. clonazepam 10-20. */
export function publishedRatioRange(
  medication: Medication,
): { readonly low: number; readonly high: number } | undefined {
  if (medication.equivalents.length === 0) return undefined;
  const ratios = medication.equivalents.flatMap((e) => [10 / e.mgHigh, 10 / e.mgLow]);
  return { low: Math.min(...ratios), high: Math.max(...ratios) };
}

function stagesWith(
  strategy: CrossoverStrategy,
  own: PlanMeasure,
  diazepam: PlanMeasure,
  ownPerTimeStart: readonly Micrograms[],
  times: readonly DoseTime[],
): RawStep[] | undefined {
  const ratio = strategy.diazepamMgPerMg;
  const ownPerTime = [...ownPerTimeStart];
  const swapped = ownPerTime.map(() => 0);
  const diazepamPerTime = ownPerTime.map(() => 0);
  const steps: RawStep[] = [];
  // Equivalents are counted per dose-time and then added up, so that each dose-time's can be held from rising.
  const equivalentOf = (own: readonly number[], diazepam: readonly number[]) =>
    own.reduce((sum, ug, t) => sum + Math.round(ug * ratio) + (diazepam[t] ?? 0), 0);
  const exactUg = equivalentOf(ownPerTimeStart, []);
  for (let t = 0; t < times.length; t++) {
    const amount = ownPerTime[t] ?? 0;
    const half = own.measure.floor(amount / 2);
    const swaps = half > 0 && half < amount ? [half, amount - half] : [amount];
    for (const swap of swaps) {
      if (swap <= 0) continue;
      // This dose-time's equivalent before the swap: the diazepam may not bring it higher (no rounding recovered later).
      const before = Math.round((ownPerTime[t] ?? 0) * ratio) + (diazepamPerTime[t] ?? 0);
      ownPerTime[t] = (ownPerTime[t] ?? 0) - swap;
      swapped[t] = (swapped[t] ?? 0) + swap;
      const room = before - Math.round((ownPerTime[t] ?? 0) * ratio);
      diazepamPerTime[t] = diazepam.measure.floor(Math.min(Math.round((swapped[t] ?? 0) * ratio), room));
      const doseUg = equivalentOf(ownPerTime, diazepamPerTime);
      if (exactUg - doseUg > exactUg * MAX_ROUNDING_LOSS + 1e-9) return undefined;
      steps.push({
        kind: 'substitute',
        doseUg,
        exactUg,
        days: strategy.stageDays,
        capped: false,
        parts: [
          { medicationId: own.medicationId, plan: own, perTimeUg: [...ownPerTime] },
          { medicationId: diazepam.medicationId, plan: diazepam, perTimeUg: [...diazepamPerTime] },
        ],
      });
    }
  }
  return steps;
}

/** The substitution stages with the first diazepam measure that keeps rounding within bounds; undefined if none does. */
export function substitute(
  strategy: CrossoverStrategy,
  own: PlanMeasure,
  diazepamChain: readonly PlanMeasure[],
  ownPerTimeStart: readonly Micrograms[],
  times: readonly DoseTime[],
): Substitution | undefined {
  for (const [k, diazepam] of diazepamChain.entries()) {
    const steps = stagesWith(strategy, own, diazepam, ownPerTimeStart, times);
    const last = steps?.[steps.length - 1];
    if (steps && last) return { steps, diazepamPerTimeUg: [...(last.parts[1]?.perTimeUg ?? [])], measureIndex: k };
  }
  return undefined;
}

/**
 * The diazepam rate table adapted from the Ashton Manual (as quoted from NICE CKS, clinical.md §1.2):
 * 40→20 mg/day: 2-4 mg; 20→10: 1-2 mg; 10→5: 1 mg; 5→0: 0.5-1 mg; every 1-2 weeks.
 * Above 40 mg the table gives no band; the 40→20 band is used, which is a smaller share there.
 */
export function diazepamCutMg(currentMg: number, size: 'lower' | 'upper'): number {
  const band: readonly [number, number] =
    currentMg > 20 ? [2, 4] : currentMg > 10 ? [1, 2] : currentMg > 5 ? [1, 1] : [0.5, 1];
  return size === 'lower' ? band[0] : band[1];
}
