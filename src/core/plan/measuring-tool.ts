/**
 * What to measure a volume with, so that every liquid instruction names its tool ("draw up 0.6 mL with a 1 mL oral
 * syringe"). Codes and data only; each catalogue puts them into words.
 *
 * A conservative convention, not a published rule: clinical.md §4.1 reports 1 mL oral syringes (0.02 mL markings)
 * for the dose and a 100 mL measuring cylinder (1 mL markings) for the water. Beyond that the app picks the smallest
 * common oral syringe that holds the whole amount in one fill (1, 3, 5, 10 mL; a smaller barrel has finer markings),
 * and a measuring cylinder above 10 mL.
 */
import type { Realisation } from './measuring.js';

export const ORAL_SYRINGE_ML = [1, 3, 5, 10] as const;
export const MEASURING_CYLINDER_ML = [25, 50, 100, 250, 500, 1000] as const;

export type MeasuringTool =
  | { readonly tool: 'oral_syringe'; readonly capacityMl: (typeof ORAL_SYRINGE_ML)[number] }
  | { readonly tool: 'measuring_cylinder'; readonly capacityMl: (typeof MEASURING_CYLINDER_ML)[number] };

/** Floating-point slack, so that exactly 1 mL still fits a 1 mL syringe. */
const fits = (volumeMl: number, capacityMl: number): boolean => volumeMl <= capacityMl * (1 + 1e-9);

/** The smallest tool that measures `volumeMl` in one go (the largest cylinder for anything bigger). */
export function toolForVolume(volumeMl: number): MeasuringTool {
  const syringe = ORAL_SYRINGE_ML.find((ml) => fits(volumeMl, ml));
  if (syringe !== undefined) return { tool: 'oral_syringe', capacityMl: syringe };
  const cylinder = MEASURING_CYLINDER_ML.find((ml) => fits(volumeMl, ml)) ?? 1000;
  return { tool: 'measuring_cylinder', capacityMl: cylinder };
}

/**
 * A home water mixture step by step: mix one tablet into the water (measured with its tool), then either draw up the
 * dose and discard the rest (`take`), or, when the dose is more than a syringe holds but the rest is not, draw up the
 * rest with a syringe, discard it and take all that is left (`discard`): 8.4 mL drawn up is far more exact than
 * 91.6 mL read off a cylinder marked in whole mL.
 */
export interface MixtureSteps {
  readonly tabletMg: number;
  readonly waterMl: number;
  readonly waterTool: MeasuringTool;
  readonly draw: {
    readonly action: 'take' | 'discard';
    readonly ml: number;
    readonly tool: MeasuringTool;
  };
  readonly takeMl: number;
  readonly discardMl: number;
}

const LARGEST_SYRINGE_ML: number = ORAL_SYRINGE_ML[ORAL_SYRINGE_ML.length - 1] ?? 10;

/** The numbers of a water-titration realisation that the steps need. */
export type MixtureAmounts = Pick<
  Extract<Realisation, { method: 'water-titration' }>,
  'suspendTabletMg' | 'mixVolumeMl' | 'takeMl' | 'discardMl'
>;

export function mixtureSteps(realisation: MixtureAmounts): MixtureSteps {
  const { takeMl, discardMl, mixVolumeMl } = realisation;
  const discardFirst = !fits(takeMl, LARGEST_SYRINGE_ML) && discardMl > 0 && fits(discardMl, LARGEST_SYRINGE_ML);
  const drawMl = discardFirst ? discardMl : takeMl;
  return {
    tabletMg: realisation.suspendTabletMg,
    waterMl: mixVolumeMl,
    waterTool: toolForVolume(mixVolumeMl),
    draw: { action: discardFirst ? 'discard' : 'take', ml: drawMl, tool: toolForVolume(drawMl) },
    takeMl,
    discardMl,
  };
}
