/**
 * The pace every plan keeps, as numbers: how much may go in 14 days, how small the last dose before 0 must be,
 * and the default floor. Sources (shared/reference/clinical.md):
 *  - JCPG 2025 recommendation 6 (§2.1): usually no more than 25 % of the dose every 2 weeks;
 *  - the diazepam rate table adapted from the Ashton Manual, quoted from NICE CKS (§1.2): below 5 mg a day,
 *    cuts of 0.5-1 mg, so the last step to 0 comes from at most 1 mg of diazepam;
 *  - Ashton's equivalents (§1.1), the more conservative table for this purpose: they count fewer mg of the drug as
 *    1 mg of diazepam than VA/DoD's (clonazepam 0.05 mg against 0.1 mg), so the last dose stopped is smaller.
 */
import type { Micrograms } from '../dose.js';
import type { Medication } from '../medications/medication.js';
import type { Pace } from './plan-types.js';

/** JCPG 2025 recommendation 6: usually no more than 25 % in 2 weeks. */
export const MAX_CUT_PER_14_DAYS = 0.25;
/**
 * The most a pace may cut in 14 days. A faster pace chosen with a prescriber still has a bound: half the dose in two
 * weeks, twice the guideline (a conservative design choice; no source sets one, and JCPG's patient guide names
 * 15-25 % every 2-4 weeks as what some long-term users manage).
 */
export const PACE_LIMIT: Readonly<Record<Pace, number>> = { guideline: MAX_CUT_PER_14_DAYS, 'prescriber-faster': 0.5 };
export const PACE_WINDOW_DAYS = 14;
/** The rate table's last band ends with a cut of at most 1 mg diazepam to 0. */
export const FINAL_STOP_DIAZEPAM_MG = 1;
/**
 * The default floor: about 0.5 mg diazepam-equivalent, the rate table's smallest cut (0.5 mg below 5 mg a day) and
 * the size the Ashton Manual's final diazepam steps are widely quoted at (clinical.md §1.3, wording unconfirmed).
 * Below it a taper would crawl for months in micrograms that each cut 10-50 %.
 */
export const DEFAULT_FLOOR_DIAZEPAM_MG = 0.5;

/** mg of this drug that Ashton counts as 10 mg diazepam (the lower figure where a range is given). */
function ashtonMgPer10Diazepam(medication: Medication): number | undefined {
  const ashton = medication.equivalents.find((e) => e.table === 'ashton');
  if (ashton) return ashton.mgLow;
  // No Ashton figure: the smallest of the others, which is the conservative choice here too.
  const lows = medication.equivalents.map((e) => e.mgLow);
  return lows.length > 0 ? Math.min(...lows) : undefined;
}

/** µg of `medication` that match `diazepamMg` by Ashton's table; undefined when no table gives an equivalent. */
export function diazepamEquivalentUg(medication: Medication, diazepamMg: number): Micrograms | undefined {
  const per10 = ashtonMgPer10Diazepam(medication);
  return per10 === undefined ? undefined : Math.round((per10 * 1000 * diazepamMg) / 10);
}

/** The largest day's dose a plan may stop from, in µg of the drug on the plan's scale. */
export function finalStopLimitUg(medication: Medication): Micrograms {
  return Math.max(1, diazepamEquivalentUg(medication, FINAL_STOP_DIAZEPAM_MG) ?? 1);
}

export function defaultFloorUg(medication: Medication): Micrograms {
  return Math.max(1, diazepamEquivalentUg(medication, DEFAULT_FLOOR_DIAZEPAM_MG) ?? 1);
}

/** The largest cut from `currentUg` that keeps to the guideline when the previous dose lasted 14 days or more. */
export function largestPacedCutUg(currentUg: Micrograms, limit = MAX_CUT_PER_14_DAYS): Micrograms {
  return Math.floor(currentUg * limit + 1e-9);
}

/**
 * The largest dose in effect on any of the 14 days before `day` (days from the plan's start; the starting dose is
 * in effect before it). The largest, not the one 14 days before: after an increase a cut is measured from the top.
 */
export function largestDoseInWindowBefore(
  starts: readonly number[],
  doses: readonly Micrograms[],
  startUg: Micrograms,
  day: number,
  count = starts.length,
): Micrograms {
  let largest = day - PACE_WINDOW_DAYS < 0 ? startUg : 0;
  // Starts are in order: walk back from the last step only as far as the window reaches (bounded work per step).
  // `count` reads only the first steps, without copying the arrays for each step (that was quadratic in steps).
  for (let i = count - 1; i >= 0; i--) {
    const from = starts[i] ?? Infinity;
    const to = i + 1 < count ? (starts[i + 1] ?? Infinity) : Infinity; // exclusive
    if (to <= day - PACE_WINDOW_DAYS) break;
    if (to > from && from <= day - 1) largest = Math.max(largest, doses[i] ?? 0);
  }
  return largest;
}

export interface PaceCheck {
  readonly day: number;
  readonly doseUg: Micrograms;
  readonly limit?: number;
  /** Only the first `count` steps came before (default: all of `starts`). */
  readonly count?: number;
}

/** True when a dose of `doseUg` from `day` cuts more than `limit` (25 %) from the largest dose of the 14 days before. */
export function cutsTooFast(
  starts: readonly number[],
  doses: readonly Micrograms[],
  startUg: Micrograms,
  check: PaceCheck,
): boolean {
  const limit = check.limit ?? MAX_CUT_PER_14_DAYS;
  const { day, doseUg } = check;
  const before = largestDoseInWindowBefore(starts, doses, startUg, day, check.count);
  return before > 0 && before - doseUg > before * limit + 1e-9;
}
