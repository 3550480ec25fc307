import type { CalendarDate } from '../calendar-date.js';
import type { FormKind, Indication } from '../medications/medication.js';
import type { Realisation } from './measuring.js';

export interface ProportionalStrategy {
  readonly kind: 'proportional';
  /** Each cut, in percent of the current dose. */
  readonly percent: number;
  readonly intervalDays: number;
}

export interface LinearStrategy {
  readonly kind: 'linear';
  readonly stepMg: number;
  readonly intervalDays: number;
}

export interface CrossoverStrategy {
  readonly kind: 'crossover';
  /**
   * mg of diazepam that replace 1 mg of the current drug: a published table's figure, or one within the range
   * the published tables span (clinical.md §1.1); anything outside is refused.
   */
  readonly diazepamMgPerMg: number;
  /** Days each substitution stage lasts (about a week in the Ashton Manual). */
  readonly stageDays: number;
  /** Days between diazepam cuts after the switch (1-2 weeks in the rate table). */
  readonly intervalDays: number;
  /** Use the lower or upper end of each band of the diazepam rate table. */
  readonly cutSize: 'lower' | 'upper';
  readonly diazepamForm: FormKind;
}

export interface CustomStrategy {
  readonly kind: 'custom';
  readonly steps: readonly { readonly doseMg: number; readonly days: number }[];
}

export type Strategy = ProportionalStrategy | LinearStrategy | CrossoverStrategy | CustomStrategy;

export interface DoseTime {
  readonly label: string;
  /** Share of the daily dose taken at this time, 0-1; shares add up to 1. */
  readonly share: number;
}

/**
 * `guideline`: the planner keeps every plan within the JCPG pace (no more than 25 % of the dose in any 14 days),
 * adapting how the dose is measured or how long a step lasts. `prescriber-faster`: the person says that they and
 * their prescriber chose a faster pace; cuts then follow the request, flagged where they exceed the guideline.
 */
export type Pace = 'guideline' | 'prescriber-faster';

export interface PlanInput {
  readonly medicationId: string;
  readonly form: FormKind;
  readonly currentDoseMg: number;
  readonly startDate: CalendarDate;
  readonly strategy: Strategy;
  /** 0 to stop, or a maintenance dose to stay on, on the plan's dose scale: mg of diazepam in a crossover. */
  readonly endpointMg: number;
  /**
   * When the next step would fall below this, the plan stops instead (on the plan's dose scale). Default: about
   * 0.5 mg diazepam-equivalent (see pace.ts); it may not be above the final-stop limit of 1 mg diazepam-equivalent.
   */
  readonly floorMg?: number | undefined;
  /** Default `guideline`; a faster pace exists only when the person chooses it. */
  readonly pace?: Pace | undefined;
  readonly doseTimes: readonly DoseTime[];
  /** Taken on most days for more than four weeks: stopping at once is then unsafe (JCPG rec. 2). */
  readonly takenDailyOver4Weeks: boolean;
  readonly indication?: Indication | undefined;
  readonly syringeMl: number;
  readonly mixVolumeMl?: number | undefined;
  readonly strengthsMg?: readonly number[] | undefined;
}

export interface Hold {
  /** Index of the step that is held (stays longer at its dose). */
  readonly stepIndex: number;
  readonly days: number;
  readonly reason: string;
  readonly createdAt: string;
}

export type StepKind = 'substitute' | 'reduce' | 'stop' | 'maintain';

export interface StepDose {
  readonly medicationId: string;
  readonly form: FormKind;
  readonly mg: number;
  readonly times: readonly { readonly label: string; readonly mg: number; readonly realisation: Realisation }[];
  readonly realisation: Realisation;
}

export interface PlanStep {
  readonly index: number;
  readonly kind: StepKind;
  readonly start: CalendarDate;
  /** Last day of the step; null for the final step, which lasts. */
  readonly end: CalendarDate | null;
  readonly days: number | null;
  /** The day's total, on the plan's dose scale (see Plan.doseScale). */
  readonly doseMg: number;
  /** Cut from the previous step in percent; 0 for substitution stages. */
  readonly cutPercent: number;
  readonly holdDays: number;
  /** Days the planner added to keep the guideline pace (cuts closer than 14 days that add up to more than 25 %). */
  readonly addedDays: number;
  readonly doses: readonly StepDose[];
  /**
   * Substitution stages only: the diazepam-equivalent the stage would have at the chosen ratio before diazepam is
   * rounded to what its form measures, and the change rounding makes (never up; bounded, see crossover.ts).
   */
  readonly equivalence?: { readonly exactMg: number; readonly changePercent: number } | undefined;
}

/** Every warning code, so each message catalogue can be checked to have words for all of them. */
export const WARNING_CODES = [
  'too_fast',
  'faster_pace_chosen',
  'short_interval',
  'percent_creep',
  'increase',
  'equivalence_lower_table',
  'specialist_first',
  'imprecise_measure',
  'home_mixture',
  'unconfirmed_strengths',
  'final_step',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface PlanWarning {
  readonly code: WarningCode;
  /** Indexes of the steps concerned; empty when it concerns the whole plan. */
  readonly steps: readonly number[];
}

/**
 * What the planner changed from the request to keep the plan safe, so the person is told in plain words:
 *  - `form_switch`: from `steps[0]` the dose is measured in `form` (of `medicationId`), because the form chosen
 *    cannot make cuts that small (e.g. clonazepam tablets below 0.75 mg);
 *  - `interval_lengthened`: these steps last longer than asked, so no 14 days lose more than 25 % of the dose;
 *  - `cut_capped`: these cuts are smaller than asked, for the same reason;
 *  - `diazepam_rounded_down`: in these substitution stages diazepam is rounded down to what its form measures.
 */
export type AdjustmentCode = 'form_switch' | 'interval_lengthened' | 'cut_capped' | 'diazepam_rounded_down';

export interface PlanAdjustment {
  readonly code: AdjustmentCode;
  readonly steps: readonly number[];
  readonly medicationId?: string | undefined;
  readonly form?: FormKind | undefined;
  /** `form_switch` to tablets with one stirred into water: the person needs tablets and a syringe. */
  readonly homeMixture?: boolean | undefined;
}

export interface Plan {
  readonly medicationId: string;
  /** Which drug's mg `doseMg` counts in: the medication itself, or diazepam (equivalent) in a crossover. */
  readonly doseScale: string;
  /** The daily dose the plan starts from, on the plan's dose scale: what the first step changes from. */
  readonly startMg: number;
  readonly steps: readonly PlanStep[];
  readonly warnings: readonly PlanWarning[];
  readonly adjustments: readonly PlanAdjustment[];
  readonly pace: Pace;
  /** On the plan's dose scale. */
  readonly floorMg: number;
  /** The largest dose a step may stop from: 1 mg diazepam-equivalent by Ashton's table, on the plan's scale. */
  readonly finalStopLimitMg: number;
  /** Days from the start to the first day of the final step, with holds and added days. */
  readonly durationDays: number;
}

/** Every refusal code the planner answers with (each is also an ErrorCode of the API). */
export const PLAN_ERROR_CODES = [
  'abrupt_stop',
  'too_fast',
  'pace_unreachable',
  'equivalence_out_of_range',
  'floor_too_high',
  'unmeasurable_dose',
  'unknown_medication',
  'form_unavailable',
  'plan_too_long',
  'invalid_plan',
] as const;
export type PlanErrorCode = (typeof PLAN_ERROR_CODES)[number];

/** What would make a refused plan possible, for the person to take to their prescriber. */
export type PlanSuggestion = 'liquid' | 'finer_syringe' | 'fewer_dose_times' | 'crossover' | 'smaller_cuts';

export interface PlanError {
  readonly code: PlanErrorCode;
  readonly field?: string;
  /** Steps concerned (custom steps that cut too fast or stop too much). */
  readonly steps?: readonly number[];
  readonly suggestions?: readonly PlanSuggestion[];
}
