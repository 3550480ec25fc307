/**
 * The planner form's state as the person fills it in (strings for numbers, so half-typed values
 * survive), the choices a medicine allows, and the conversion to the API's request shape.
 * Pure: no DOM, no clock (today comes in as an argument).
 */
import type { MedicationView, PlanInputBody, PlanView } from '../api/plan-schemas.js';
import { addDays, toDayNumber, type CalendarDate } from '../core/calendar-date.js';
import type { Result } from '../core/result.js';

export type FormChoice = 'tablet' | 'odt' | 'capsule' | 'liquid' | 'drops';
export type StrategyChoice = 'proportional' | 'linear' | 'crossover';
export type TimeLabel = 'morning' | 'midday' | 'night';
export type EquivalentTable = 'ashton' | 'va-dod';

export const TIME_LABELS: readonly TimeLabel[] = ['morning', 'midday', 'night'];
export const SYRINGE_ML = ['0.01', '0.02', '0.05', '0.1', '0.2', '0.5', '1'] as const;

export interface PlanDraft {
  readonly medicationId: string;
  readonly form: FormChoice;
  readonly dose: string;
  /** How many dose times a day, 1-3. */
  readonly timesPerDay: number;
  readonly timeLabels: readonly TimeLabel[];
  /** Equal amounts at each time, or the mg typed for each time. */
  readonly split: 'equal' | 'own';
  readonly timeMg: readonly string[];
  readonly strategy: StrategyChoice;
  readonly percent: string;
  readonly intervalDays: string;
  readonly stepMg: string;
  /** No default: the person must choose which published equivalent to use. */
  readonly equivalent: EquivalentTable | '';
  readonly startDate: string;
  readonly endpoint: 'stop' | 'maintain';
  readonly maintainMg: string;
  readonly takenDaily: boolean;
  readonly epilepsy: boolean;
  readonly syringeMl: string;
}

/** Fields the form checks itself; each maps to one input. */
export type DraftField =
  | 'medicationId'
  | 'currentDoseMg'
  | 'doseTimes'
  | 'strategy.percent'
  | 'strategy.intervalDays'
  | 'strategy.stepMg'
  | 'strategy.diazepamMgPerMg'
  | 'startDate'
  | 'endpointMg';

export interface DraftProblem {
  readonly code: 'invalid_input';
  readonly field: DraftField;
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
    startDate: nextMonday(today),
    endpoint: 'stop',
    maintainMg: '',
    takenDaily: true,
    epilepsy: false,
    syringeMl: '0.1',
  };
}

/** One choice in the "form" select: the form's kind and whether it is a home water mixture. */
export interface FormOption {
  readonly kind: FormChoice;
  readonly homeMixture: boolean;
}

const FORM_ORDER: readonly FormChoice[] = ['tablet', 'odt', 'capsule', 'liquid', 'drops'];

function formKinds(medication: MedicationView): Set<string> {
  const kinds = new Set<string>();
  for (const form of medication.forms) {
    const kind = form['kind'];
    if (typeof kind === 'string') kinds.add(kind);
  }
  return kinds;
}

/** The forms a medicine comes in, plus a home water mixture when it has tablets but no liquid. */
export function formOptions(medication: MedicationView | undefined): FormOption[] {
  if (!medication) return [];
  const kinds = formKinds(medication);
  const options: FormOption[] = FORM_ORDER.filter((k) => kinds.has(k)).map((kind) => ({ kind, homeMixture: false }));
  if (!kinds.has('liquid') && (kinds.has('tablet') || kinds.has('odt'))) {
    const at = options.findIndex((o) => o.kind === 'drops');
    options.splice(at === -1 ? options.length : at, 0, { kind: 'liquid', homeMixture: true });
  }
  return options;
}

/** Keeps the chosen form when the new medicine has it; otherwise its first form. */
export function fitForm(form: FormChoice, medication: MedicationView | undefined): FormChoice {
  const options = formOptions(medication);
  return options.some((o) => o.kind === form) ? form : (options[0]?.kind ?? 'tablet');
}

/** A published equivalent, as "this many mg ≈ 10 mg diazepam", and the ratio it implies. */
export interface EquivalentView {
  readonly table: EquivalentTable;
  readonly mg: number;
  readonly ratio: number;
  readonly sources: readonly string[];
}

export function equivalents(medication: MedicationView | undefined): EquivalentView[] {
  if (!medication) return [];
  const views: EquivalentView[] = [];
  for (const e of medication.equivalents) {
    if (e.table !== 'ashton' && e.table !== 'va-dod') continue;
    // Both tables give one figure for every medicine listed; a range is shown and used at its middle.
    const mg = (e.mgLow + e.mgHigh) / 2;
    if (!(mg > 0)) continue;
    views.push({ table: e.table, mg, ratio: Number((10 / mg).toFixed(3)), sources: e.sources });
  }
  return views;
}

/** Reads a number typed with a dot or a comma. undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || trimmed === '.' || !/^\d*\.?\d*$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The −/+ buttons: move by `step`, kept within min-max; an empty field starts from `start`. */
export function stepNumber(text: string, direction: 1 | -1, options: { step: number; min: number; max: number; start: number }): string {
  const current = parseNumber(text);
  const next = current === undefined ? options.start : current + direction * options.step;
  const clamped = Math.min(options.max, Math.max(options.min, next));
  return String(Number(clamped.toFixed(3)));
}

const micrograms = (mg: number): boolean => Number.isInteger(Math.round(mg * 1000)) && Math.abs(mg * 1000 - Math.round(mg * 1000)) < 1e-6;

function positiveDose(text: string): number | undefined {
  const value = parseNumber(text);
  return value !== undefined && value > 0 && value <= 1000 && micrograms(value) ? value : undefined;
}

function integer(text: string): number | undefined {
  const value = parseNumber(text);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

const fail = (field: DraftField): Result<never, DraftProblem> => ({ ok: false, error: { code: 'invalid_input', field } });

/** The request body for preview and save, or the first field that needs fixing. */
export function draftToInput(draft: PlanDraft, medication: MedicationView | undefined): Result<PlanInputBody, DraftProblem> {
  if (!medication) return fail('medicationId');
  const currentDoseMg = positiveDose(draft.dose);
  if (currentDoseMg === undefined) return fail('currentDoseMg');

  const labels = draft.timeLabels.slice(0, draft.timesPerDay);
  if (labels.length === 0 || new Set(labels).size !== labels.length) return fail('doseTimes');
  let doseTimes: { label: string; share: number }[];
  if (draft.split === 'equal' || labels.length === 1) {
    doseTimes = labels.map((label) => ({ label, share: 1 / labels.length }));
  } else {
    const amounts = labels.map((_, i) => positiveDose(draft.timeMg[i] ?? ''));
    if (amounts.some((a) => a === undefined)) return fail('doseTimes');
    const total = amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0);
    if (Math.abs(total - currentDoseMg) > 0.0005) return fail('doseTimes');
    doseTimes = labels.map((label, i) => ({ label, share: (amounts[i] ?? 0) / total }));
  }

  let strategy: PlanInputBody['strategy'];
  if (draft.strategy === 'proportional') {
    const percent = parseNumber(draft.percent);
    if (percent === undefined || percent < 1 || percent > 25) return fail('strategy.percent');
    const intervalDays = integer(draft.intervalDays);
    if (intervalDays === undefined || intervalDays < 7 || intervalDays > 56) return fail('strategy.intervalDays');
    strategy = { kind: 'proportional', percent, intervalDays };
  } else if (draft.strategy === 'linear') {
    const stepMg = positiveDose(draft.stepMg);
    if (stepMg === undefined) return fail('strategy.stepMg');
    const intervalDays = integer(draft.intervalDays);
    if (intervalDays === undefined || intervalDays < 1 || intervalDays > 56) return fail('strategy.intervalDays');
    strategy = { kind: 'linear', stepMg, intervalDays };
  } else {
    const chosen = equivalents(medication).find((e) => e.table === draft.equivalent);
    if (!chosen) return fail('strategy.diazepamMgPerMg');
    strategy = { kind: 'crossover', diazepamMgPerMg: chosen.ratio };
  }

  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate)) return fail('startDate');
  let endpointMg = 0;
  if (draft.endpoint === 'maintain') {
    const mg = positiveDose(draft.maintainMg);
    if (mg === undefined || mg >= currentDoseMg) return fail('endpointMg');
    endpointMg = mg;
  }

  const body: PlanInputBody = {
    medicationId: medication.id,
    form: draft.form,
    currentDoseMg,
    startDate: draft.startDate,
    strategy,
    endpointMg,
    doseTimes,
    takenDailyOver4Weeks: draft.takenDaily,
    syringeMl: Number(draft.syringeMl),
  };
  return { ok: true, value: draft.epilepsy ? { ...body, indication: 'epilepsy' } : body };
}

interface LooseObject {
  readonly [key: string]: unknown;
}
/** A saved input as stored: every field checked before use. */
interface LooseInput {
  readonly medicationId?: unknown;
  readonly form?: unknown;
  readonly currentDoseMg?: unknown;
  readonly startDate?: unknown;
  readonly takenDailyOver4Weeks?: unknown;
  readonly indication?: unknown;
  readonly syringeMl?: unknown;
  readonly endpointMg?: unknown;
  readonly doseTimes?: unknown;
  readonly strategy?: unknown;
}
interface LooseTime {
  readonly label?: unknown;
  readonly share?: unknown;
}
interface LooseStrategy {
  readonly kind?: unknown;
  readonly percent?: unknown;
  readonly intervalDays?: unknown;
  readonly stepMg?: unknown;
  readonly diazepamMgPerMg?: unknown;
}
const isRecord = (v: unknown): v is LooseObject => typeof v === 'object' && v !== null;
const text = (v: unknown): string => (typeof v === 'number' ? String(v) : '');
const isFormChoice = (v: unknown): v is FormChoice => typeof v === 'string' && (FORM_ORDER as readonly string[]).includes(v);
const isTimeLabel = (v: unknown): v is TimeLabel => typeof v === 'string' && (TIME_LABELS as readonly string[]).includes(v);

/** A saved plan's input, back into the form (checked: it may come from an older version). */
export function draftFromInput(saved: Record<string, unknown>, today: CalendarDate, medications: readonly MedicationView[]): PlanDraft {
  const input: LooseInput = saved;
  const base = emptyDraft(today, typeof input.medicationId === 'string' ? input.medicationId : '');
  const medication = medications.find((m) => m.id === base.medicationId);
  let draft: PlanDraft = {
    ...base,
    form: isFormChoice(input.form) ? input.form : base.form,
    dose: text(input.currentDoseMg),
    startDate: typeof input.startDate === 'string' ? input.startDate : base.startDate,
    takenDaily: input.takenDailyOver4Weeks !== false,
    epilepsy: input.indication === 'epilepsy',
    syringeMl: (SYRINGE_ML as readonly string[]).includes(text(input.syringeMl)) ? text(input.syringeMl) : base.syringeMl,
  };
  if (typeof input.endpointMg === 'number' && input.endpointMg > 0) draft = { ...draft, endpoint: 'maintain', maintainMg: text(input.endpointMg) };
  if (Array.isArray(input.doseTimes)) {
    const times: LooseTime[] = input.doseTimes.filter(isRecord).slice(0, 3);
    const labels = times.map((t) => t.label).filter(isTimeLabel);
    if (labels.length === times.length && labels.length > 0) {
      const dose = typeof input.currentDoseMg === 'number' ? input.currentDoseMg : 0;
      const shares = times.map((t) => (typeof t.share === 'number' ? t.share : 0));
      const equal = shares.every((s) => Math.abs(s - 1 / shares.length) < 1e-6);
      draft = {
        ...draft,
        timesPerDay: labels.length,
        timeLabels: [...labels, ...TIME_LABELS.filter((l) => !labels.includes(l))],
        split: equal ? 'equal' : 'own',
        timeMg: [0, 1, 2].map((i) => (equal || shares[i] === undefined ? '' : String(Number((dose * shares[i]).toFixed(3))))),
      };
    }
  }
  const strategy: LooseStrategy = isRecord(input.strategy) ? input.strategy : {};
  if (strategy.kind === 'proportional') {
    draft = { ...draft, strategy: 'proportional', percent: text(strategy.percent) || '10', intervalDays: text(strategy.intervalDays) || '14' };
  } else if (strategy.kind === 'linear') {
    draft = { ...draft, strategy: 'linear', stepMg: text(strategy.stepMg), intervalDays: text(strategy.intervalDays) || '14' };
  } else if (strategy.kind === 'crossover') {
    const chosen = equivalents(medication).find((e) => Math.abs(e.ratio - Number(strategy.diazepamMgPerMg)) < 1e-3);
    draft = { ...draft, strategy: 'crossover', equivalent: chosen?.table ?? '' };
  }
  return { ...draft, form: fitForm(draft.form, medication) };
}

export type PlanStepView = PlanView['steps'][number];

/** The step in effect on `date`: start <= date <= end, or the final step once it has begun. */
export function stepOn(plan: PlanView, date: CalendarDate): PlanStepView | undefined {
  return plan.steps.find((s) => s.start <= date && (s.end === null || date <= s.end));
}

/** Steps a hold can still be added to: not over yet, and not the final step. */
export function holdableSteps(plan: PlanView, today: CalendarDate): PlanStepView[] {
  return plan.steps.filter((s) => s.end !== null && s.end >= today);
}
