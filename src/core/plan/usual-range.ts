/**
 * A daily dose far above the usual range needs a prescriber's plan, not a self-made one. Sources
 * (shared/reference/clinical.md):
 *  - JCPG 2025 Table 2 (§2.3): "high" is more than 15 mg diazepam-equivalent (DE) a day;
 *  - the diazepam rate table adapted from the Ashton Manual, quoted from NICE CKS (§1.2): its top band starts at
 *    40 mg a day. Above it no source the app has gives a rate, so the planner would be extrapolating.
 * UNCONFIRMED: no source seen names a "far above usual" dose. 40 mg DE (more than twice JCPG's "high", the top of
 * the rate table) is this app's conservative choice; JCPG's "high" alone is common among people who taper and is
 * not a reason to stop someone planning.
 */
import { diazepamEquivalentUg } from './pace.js';
import type { Medication } from '../medications/medication.js';

/** Above this many mg diazepam-equivalent a day the plan screen says to plan with a prescriber. */
export const FAR_ABOVE_USUAL_DIAZEPAM_MG = 40;

/**
 * The daily dose of `medication` that equals FAR_ABOVE_USUAL_DIAZEPAM_MG by Ashton's table (the lower figure of a
 * range, which counts more diazepam per mg: the notice shows sooner); undefined when no table gives an equivalent.
 */
export function usualRangeLimitMg(medication: Medication): number | undefined {
  const ug = diazepamEquivalentUg(medication, FAR_ABOVE_USUAL_DIAZEPAM_MG);
  return ug === undefined ? undefined : ug / 1000;
}

export interface AboveUsualRange {
  /** The dose in mg diazepam-equivalent by Ashton's table, rounded to 0.1 mg. */
  readonly diazepamEquivalentMg: number;
  /** The limit, in mg of the medication. */
  readonly limitMg: number;
}

/** Set when `mg` a day of `medication` is more than the limit; undefined within it or without an equivalent. */
export function doseAboveUsualRange(medication: Medication, mg: number): AboveUsualRange | undefined {
  const limitMg = usualRangeLimitMg(medication);
  if (limitMg === undefined || !(mg > limitMg)) return undefined;
  return { diazepamEquivalentMg: Math.round(((mg * FAR_ABOVE_USUAL_DIAZEPAM_MG) / limitMg) * 10) / 10, limitMg };
}
