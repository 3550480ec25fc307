/**
 * Splitting a day's dose over the dose-times. Every part must be measurable on its own, the parts must add up to
 * the day exactly, and from one step to the next no dose-time may rise (issue #8 item 4): a cut never moves
 * medicine from the morning to the night, which would raise the night dose while the day's total falls.
 */
import type { Micrograms } from '../dose.js';
import type { Measure } from './measuring.js';
import type { DoseTime } from './plan-types.js';

/** Candidate amounts per dose-time for the exact search; beyond this a split is not searched (tablet amounts are few). */
const MAX_AMOUNTS = 400;

/** The measurable amount nearest `raw`, not above `cap`. */
function nearestWithin(raw: number, cap: number, measure: Measure): Micrograms {
  const below = measure.floor(Math.min(raw, cap));
  const above = measure.ceil(raw);
  return above <= cap && above - raw < raw - below ? above : below;
}

/**
 * Parts for `totalUg`, one per dose-time, as near the shares as the measure allows and each at most its cap (the
 * previous step's part); undefined when no such measurable parts add up to the total.
 */
export function splitOverTimes(
  totalUg: Micrograms,
  times: readonly DoseTime[],
  measure: Measure,
  caps?: readonly Micrograms[],
): Micrograms[] | undefined {
  const capOf = (t: number): number => caps?.[t] ?? Infinity;
  if (times.length <= 1) return totalUg <= capOf(0) ? [totalUg] : undefined;
  const parts = times.map((time, t) => nearestWithin(totalUg * time.share, capOf(t), measure));
  let gap = totalUg - parts.reduce((a, b) => a + b, 0);
  // Settle the difference one dose-time at a time, largest share first, staying measurable and under the caps.
  const order = times.map((_, t) => t).sort((a, b) => (times[b]?.share ?? 0) - (times[a]?.share ?? 0));
  for (const t of order) {
    if (gap === 0) break;
    const current = parts[t] ?? 0;
    const wanted = Math.max(0, Math.min(capOf(t), current + gap));
    const adjusted = gap > 0 ? measure.floor(wanted) : measure.ceil(wanted);
    if (adjusted > capOf(t) || adjusted < 0) continue;
    gap -= adjusted - current;
    parts[t] = adjusted;
  }
  return gap === 0 ? parts : exactSplit(totalUg, times, measure, capOf);
}

/** Measurable parts adding up to `totalUg`, each within its cap and closest to the shares; undefined when none exist. */
function exactSplit(
  totalUg: Micrograms,
  times: readonly DoseTime[],
  measure: Measure,
  capOf: (t: number) => number,
): Micrograms[] | undefined {
  const amounts: Micrograms[] = [];
  for (let a = measure.floor(totalUg); amounts.length <= MAX_AMOUNTS; a = measure.floor(a - 1)) {
    amounts.push(a);
    if (a <= 0) break;
  }
  if (amounts.length > MAX_AMOUNTS) return undefined;
  type Entry = { readonly cost: number; readonly parts: readonly Micrograms[] };
  let best = new Map<number, Entry>([[0, { cost: 0, parts: [] }]]);
  times.forEach((time, t) => {
    const raw = totalUg * time.share;
    const next = new Map<number, Entry>();
    for (const [sum, entry] of best) {
      for (const a of amounts) {
        if (sum + a > totalUg || a > capOf(t)) continue;
        const cost = entry.cost + Math.abs(a - raw);
        const seen = next.get(sum + a);
        if (!seen || cost < seen.cost) next.set(sum + a, { cost, parts: [...entry.parts, a] });
      }
    }
    best = next;
  });
  const found = best.get(totalUg);
  return found ? [...found.parts] : undefined;
}
