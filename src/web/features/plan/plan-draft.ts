/**
 * The planner form's draft as the person fills it in: the API's request fields, with numbers kept as the text typed
 * (so half-typed values survive), and its defaults. The value types come from `src/api/plan-schemas.ts` and the core,
 * so a change to the request shape shows up here as a type error. Pure: today comes in as an argument.
 */
import type { PlanInputBody } from '../../../api/plan-schemas.js';
import { addDays, toDayNumber, type CalendarDate, type Medication } from '../../../core/index.js';

export type StrategyBody = PlanInputBody['strategy'];
export type StrategyOf<K extends StrategyBody['kind']> = Extract<StrategyBody, { kind: K }>;
/** Each field of `T` as the text the person types into it. */
type Typed<T> = { readonly [K in keyof T]-?: string };

export type FormChoice = NonNullable<PlanInputBody['form']>;
export type StrategyChoice = StrategyBody['kind'];
/** The diazepam forms the switch offers (the API takes any form). */
export type DiazepamForm = Extract<NonNullable<StrategyOf<'crossover'>['diazepamForm']>, 'liquid' | 'tablet'>;
export type EquivalentTable = Medication['equivalents'][number]['table'];
/** The names the form offers for dose times (the API takes any label). */
export type TimeLabel = 'morning' | 'midday' | 'night';

export const TIME_LABELS: readonly TimeLabel[] = ['morning', 'midday', 'night'];
export const SYRINGE_ML = ['0.01', '0.02', '0.05', '0.1', '0.2', '0.5', '1'] as const;
/** Water to mix a home mixture in; '' lets the planner choose. */
export const MIX_VOLUMES_ML = ['', '100', '200', '250', '500'] as const;

/** One row of "my own steps": the day's dose and how long to stay on it (the last row is the end point). */
export type CustomRow = Typed<StrategyOf<'custom'>['steps'][number]>;

export interface PlanDraft
  extends
    Required<Pick<PlanInputBody, 'medicationId' | 'startDate'>>,
    Typed<Pick<PlanInputBody, 'syringeMl' | 'mixVolumeMl' | 'floorMg'>>,
    Typed<Omit<StrategyOf<'proportional'>, 'kind'>>,
    Typed<Pick<StrategyOf<'linear'>, 'stepMg'>> {
  readonly form: FormChoice;
  /** The current daily dose (`currentDoseMg`). */
  readonly dose: string;
  /** How many dose times a day, 1-3. */
  readonly timesPerDay: number;
  readonly timeLabels: readonly TimeLabel[];
  /** Equal amounts at each time, or the mg typed for each time. */
  readonly split: 'equal' | 'own';
  readonly timeMg: readonly string[];
  readonly strategy: StrategyChoice;
  /** No default: the person must choose which published equivalent to use. */
  readonly equivalent: EquivalentTable | '';
  readonly diazepamForm: DiazepamForm;
  readonly customSteps: readonly CustomRow[];
  readonly endpoint: 'stop' | 'maintain';
  readonly maintainMg: string;
  readonly takenDaily: NonNullable<PlanInputBody['takenDailyOver4Weeks']>;
  readonly epilepsy: boolean;
  /** The guideline pace unless the person says they and their prescriber chose a faster one. */
  readonly fasterPace: boolean;
  /** Tablet strengths the person does not have (unticked); empty = all of them. */
  readonly strengthsOff: readonly number[];
}

export const DEFAULT_TIME_LABELS: Readonly<Record<number, readonly TimeLabel[]>> = {
  1: ['night'],
  2: ['morning', 'night'],
  3: ['morning', 'midday', 'night'],
};

/** The next Monday after `today` (a week ahead when today is a Monday). */
export function nextMonday(today: CalendarDate): CalendarDate {
  // 1970-01-01 (day 0) was a Thursday: Monday is (day + 3) % 7 === 0.
  const weekday = (((toDayNumber(today) + 3) % 7) + 7) % 7;
  return addDays(today, 7 - weekday);
}

export function emptyDraft(today: CalendarDate, medicationId = ''): PlanDraft {
  return {
    medicationId,
    form: 'tablet',
    dose: '',
    timesPerDay: 2,
    timeLabels: ['morning', 'night', 'midday'],
    split: 'equal',
    timeMg: ['', '', ''],
    strategy: 'proportional',
    percent: '10',
    intervalDays: '14',
    stepMg: '',
    equivalent: '',
    diazepamForm: 'liquid',
    customSteps: [
      { doseMg: '', days: '14' },
      { doseMg: '0', days: '14' },
    ],
    startDate: nextMonday(today),
    endpoint: 'stop',
    maintainMg: '',
    takenDaily: true,
    epilepsy: false,
    fasterPace: false,
    syringeMl: '0.1',
    floorMg: '',
    mixVolumeMl: '',
    strengthsOff: [],
  };
}
