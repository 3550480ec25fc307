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
  /** mg of diazepam that replace 1 mg of the current drug; the person picks it from the published tables. */
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

export interface PlanInput {
  readonly medicationId: string;
  readonly form: FormKind;
  readonly currentDoseMg: number;
  readonly startDate: CalendarDate;
  readonly strategy: Strategy;
  /** 0 to stop, or a maintenance dose to stay on, on the plan's dose scale: mg of diazepam in a crossover. */
  readonly endpointMg: number;
  /** Below this the next step is the final stop; default: the smallest amount the form can measure. */
  readonly floorMg?: number | undefined;
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
  readonly doses: readonly StepDose[];
}

export type WarningCode =
  | 'too_fast'
  | 'short_interval'
  | 'percent_creep'
  | 'increase'
  | 'equivalence_out_of_range'
  | 'specialist_first'
  | 'imprecise_measure'
  | 'home_mixture'
  | 'unconfirmed_strengths'
  | 'final_step';

export interface PlanWarning {
  readonly code: WarningCode;
  readonly message: string;
  readonly source: string;
  /** Indexes of the steps concerned; empty when it concerns the whole plan. */
  readonly steps: readonly number[];
}

export interface Plan {
  readonly medicationId: string;
  /** Which drug's mg `doseMg` counts in: the medication itself, or diazepam (equivalent) in a crossover. */
  readonly doseScale: string;
  readonly steps: readonly PlanStep[];
  readonly warnings: readonly PlanWarning[];
  readonly floorMg: number;
}

export type PlanErrorCode = 'abrupt_stop' | 'unknown_medication' | 'form_unavailable' | 'plan_too_long' | 'invalid_plan';

export interface PlanError {
  readonly code: PlanErrorCode;
  readonly field?: string;
  readonly message: string;
}
