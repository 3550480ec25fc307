/**
 * Doses are exchanged in milligrams but stored and compared as integer micrograms, so that 0.125 mg
 * is exact in every database and no floating-point drift creeps into sums.
 */
export type Micrograms = number;

/** Largest daily dose accepted anywhere (mg). Far above any therapeutic benzodiazepine dose; it only stops typos. */
export const MAX_DOSE_MG = 1000;

/** True when `mg` has at most three decimal places, i.e. is a whole number of micrograms. */
export function hasMicrogramPrecision(mg: number): boolean {
  return Number.isFinite(mg) && Math.abs(mg * 1000 - Math.round(mg * 1000)) < 1e-6;
}

export function mgToMicrograms(mg: number): Micrograms {
  return Math.round(mg * 1000);
}

export function microgramsToMg(micrograms: Micrograms): number {
  return micrograms / 1000;
}
