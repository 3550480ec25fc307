/** Small robust statistics for the insights, on plain arrays. */

/** The q-quantile (0-1) of sorted values, interpolating between neighbours (Hyndman & Fan type 7, as R's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const lower = sorted[low] ?? 0;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (at - low);
}

/** A sorted copy (a typed array sorts numerically, without a comparator). */
const ascending = (values: readonly number[]) => Float64Array.from(values).sort();

export function median(values: readonly number[]): number | null {
  return quantileSorted(ascending(values), 0.5);
}

/** Median absolute deviation from the median (unscaled); 0 for fewer than two values. */
export function mad(values: readonly number[]): number {
  const m = median(values);
  if (m === null) return 0;
  return median(values.map((v) => Math.abs(v - m))) ?? 0;
}

/** Median and interquartile range. */
export function quartiles(values: readonly number[]) {
  const sorted = ascending(values);
  return { q1: quantileSorted(sorted, 0.25), median: quantileSorted(sorted, 0.5), q3: quantileSorted(sorted, 0.75) };
}

/** Least-squares slope of values against their x (per unit of x); null for fewer than two distinct x. */
export function slope(points: readonly { readonly x: number; readonly y: number }[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}
