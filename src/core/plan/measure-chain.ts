/**
 * The ways a dose can be measured, finest last: the form the person chose, then what a prescriber would turn to
 * when that form cannot make a cut small enough (clinical.md §3.3 and §4): the medicine's own licensed liquid,
 * then whole tablets with the rest of the dose from one tablet stirred into water (the titration method, §4.1).
 * Drops are not offered as a fallback: they are sold only in some countries (§4.3), and a person may choose them.
 */
import type { FormKind, Medication } from '../medications/medication.js';
import { findForm } from '../medications/registry.js';
import { homeMixtureFrom, measureFor, type Measure, type MeasuringOptions } from './measuring.js';

export interface PlanMeasure {
  readonly medicationId: string;
  /** The form as the plan names it; a home water mixture is `liquid` (its realisation says `water-titration`). */
  readonly form: FormKind;
  readonly measure: Measure;
}

/** The measuring method for a medication in a form: a form it is sold in, or a home water mixture of its tablets. */
export function resolveMeasure(medication: Medication, form: FormKind, options: MeasuringOptions): Measure | undefined {
  const sold = findForm(medication, form);
  if (sold) return measureFor(sold, options);
  if (form === 'liquid') return homeMixture(medication, options);
  return undefined;
}

function homeMixture(medication: Medication, options: MeasuringOptions): Measure | undefined {
  return homeMixtureFrom(findForm(medication, 'tablet') ?? findForm(medication, 'odt'), options);
}

/**
 * The same measure, remembering each realisation: the planner asks for the same amounts while it searches and again
 * when it writes the plan (a home mixture tries several volumes each time). Lives for one plan computation only.
 */
function remembering(measure: Measure): Measure {
  const seen = new Map<number, ReturnType<Measure['realise']>>();
  return {
    ...measure,
    realise: (ug) => {
      const known = seen.get(ug);
      if (known) return known;
      const realisation = measure.realise(ug);
      seen.set(ug, realisation);
      return realisation;
    },
  };
}

/** The chosen form first, then the finer ways to measure the same medicine; empty when the chosen form is unusable. */
export function measureChain(medication: Medication, form: FormKind, options: MeasuringOptions): PlanMeasure[] {
  return ways(medication, form, options).map((way) => ({ ...way, measure: remembering(way.measure) }));
}

function ways(medication: Medication, form: FormKind, options: MeasuringOptions): PlanMeasure[] {
  const chosen = resolveMeasure(medication, form, options);
  if (!chosen) return [];
  const chain: PlanMeasure[] = [{ medicationId: medication.id, form, measure: chosen }];
  const licensedLiquid = findForm(medication, 'liquid');
  if (licensedLiquid && form !== 'liquid') {
    const liquid = measureFor(licensedLiquid, options);
    if (liquid) chain.push({ medicationId: medication.id, form: 'liquid', measure: liquid });
  }
  if (!chosen.homeMixture) {
    const mixture = homeMixture(medication, options);
    if (mixture) chain.push({ medicationId: medication.id, form: 'liquid', measure: mixture });
  }
  return chain;
}
