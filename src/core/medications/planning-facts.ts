/**
 * One medicine's facts in the shape a planner form reads: the registry entry as plain, freshly copied data, with
 * the two figures the form needs worked out (the published diazepam ratio range and the usual-range limit).
 * The server sends it as GET /medications; the first-run step builds the same list offline. Data only, no words.
 */
import { publishedRatioRange } from '../plan/crossover.js';
import { usualRangeLimitMg } from '../plan/usual-range.js';
import type { DosageForm, Equivalent, EvidenceStatus, Indication, Medication, PlanSourceId } from './medication.js';

/** A form as a plain object type (not an interface), so it is also a record of its fields. */
type PlainForm<T> = T extends unknown ? { readonly [K in keyof T]: T[K] } : never;

export interface PlanningFacts {
  readonly id: string;
  readonly name: string;
  readonly brandNames: string[];
  readonly halfLifeHours: {
    readonly value: { readonly low: number; readonly high: number; readonly metaboliteHigh?: number };
    readonly status: EvidenceStatus;
    readonly sources: PlanSourceId[];
  };
  readonly equivalents: (Omit<Equivalent, 'sources'> & { readonly sources: PlanSourceId[] })[];
  readonly forms: PlainForm<DosageForm>[];
  readonly specialistFirstFor: Indication[];
  /** mg of diazepam per mg of this medicine, both published ends; null without a published equivalent. */
  readonly diazepamRatio: { readonly low: number; readonly high: number } | null;
  /** The daily dose above which a prescriber's plan is needed; null without an equivalent. */
  readonly usualRangeLimitMg: number | null;
}

/** The facts of one medicine; copies every array, so a caller may hand them on without touching the registry. */
export function planningFacts(medication: Medication): PlanningFacts {
  return {
    id: medication.id,
    name: medication.name,
    brandNames: [...medication.brandNames],
    halfLifeHours: { ...medication.halfLifeHours, sources: [...medication.halfLifeHours.sources] },
    equivalents: medication.equivalents.map((e) => ({ ...e, sources: [...e.sources] })),
    forms: medication.forms.map((f) => ({ ...f })),
    specialistFirstFor: [...medication.specialistFirstFor],
    diazepamRatio: publishedRatioRange(medication) ?? null,
    usualRangeLimitMg: usualRangeLimitMg(medication) ?? null,
  };
}
