/**
 * The planner form's state as the person fills it in (strings for numbers, so half-typed values
 * survive), the choices a medicine allows, and the conversion to the API's request shape.
 * Pure: no DOM, no clock (today comes in as an argument).
 */
import type { MedicationView, PlanInputBody, PlanView } from '../../../api/plan-schemas.js';
import { addDays, toDayNumber, type CalendarDate } from '../../../core/index.js';
import { findMedication } from '../../../core/index.js';
import type { Result } from '../../../core/index.js';

export type FormChoice = 'tablet' | 'odt' | 'capsule' | 'liquid' | 'drops';
export type StrategyChoice = 'proportional' | 'linear' | 'crossover' | 'custom';
export type DiazepamForm = 'liquid' | 'tablet';
export type TimeLabel = 'morning' | 'midday' | 'night';
export type EquivalentTable = 'ashton' | 'va-dod';

export const TIME_LABELS: readonly TimeLabel[] = ['morning', 'midday', 'night'];
export const SYRINGE_ML = ['0.01', '0.02', '0.05', '0.1', '0.2', '0.5', '1'] as const;
/** Water to mix a home mixture in; '' lets the planner choose. */
export const MIX_VOLUMES_ML = ['', '100', '200', '250', '500'] as const;
/** The most steps the API accepts in a custom plan. */
export const MAX_CUSTOM_STEPS = 200;

/** One row of "my own steps": the day's dose and how long to stay on it (the last row is the end point). */
export interface CustomRow {
  readonly dose: string;
  readonly days: string;
}

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
  readonly diazepamForm: DiazepamForm;
  readonly customSteps: readonly CustomRow[];
  readonly startDate: string;
  readonly endpoint: 'stop' | 'maintain';
  readonly maintainMg: string;
  readonly takenDaily: boolean;
  readonly epilepsy: boolean;
  /** The guideline pace unless the person says they and their prescriber chose a faster one. */
  readonly fasterPace: boolean;
  readonly syringeMl: string;
  /** Optional floor: below it the plan stops; '' = the sourced default (about 0.5 mg diazepam-equivalent). */
  readonly floorMg: string;
  /** '' = automatic. */
  readonly mixVolumeMl: string;
  /** Tablet strengths the person does not have (unticked); empty = all of them. */
  readonly strengthsOff: readonly number[];
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
  | 'strategy.steps'
  | `strategy.steps.${number}.doseMg`
  | `strategy.steps.${number}.days`
  | 'startDate'
  | 'endpointMg'
  | 'floorMg'
  | 'strengthsMg';

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
    diazepamForm: 'liquid',
    customSteps: [
      { dose: '', days: '14' },
      { dose: '0', days: '14' },
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

/** The tablet strengths (mg) behind a form: its own, or the tablets a home mixture is made from. */
export function tabletStrengths(medication: MedicationView | undefined, form: FormChoice): number[] {
  if (!medication) return [];
  const find = (kind: string) => medication.forms.find((f) => f['kind'] === kind);
  const own = find(form);
  const source = own ?? (form === 'liquid' ? (find('tablet') ?? find('odt')) : undefined);
  const strengths: unknown = source?.['strengths'];
  if (!Array.isArray(strengths)) return [];
  const mgs: number[] = [];
  for (const s of strengths as unknown[]) {
    const mg: unknown = isRecord(s) ? s['mg'] : undefined;
    if (typeof mg === 'number' && mg > 0 && !mgs.includes(mg)) mgs.push(mg);
  }
  return mgs.sort((a, b) => a - b);
}

/** True when the form is a water mixture made at home (the medicine is not sold as a liquid). */
export function isHomeMixture(medication: MedicationView | undefined, form: FormChoice): boolean {
  return formOptions(medication).some((o) => o.kind === form && o.homeMixture);
}

/** The current daily dose in mg of diazepam with the chosen equivalent, when both are known. */
export function diazepamEquivalent(draft: PlanDraft, medication: MedicationView | undefined): number | undefined {
  const dose = positiveDose(draft.dose);
  const chosen = equivalents(medication).find((e) => e.table === draft.equivalent);
  return dose === undefined || !chosen ? undefined : Number((dose * chosen.ratio).toFixed(3));
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
export function stepNumber(
  text: string,
  direction: 1 | -1,
  options: { step: number; min: number; max: number; start: number },
): string {
  const current = parseNumber(text);
  const next = current === undefined ? options.start : current + direction * options.step;
  const clamped = Math.min(options.max, Math.max(options.min, next));
  return String(Number(clamped.toFixed(3)));
}

const micrograms = (mg: number): boolean =>
  Number.isInteger(Math.round(mg * 1000)) && Math.abs(mg * 1000 - Math.round(mg * 1000)) < 1e-6;

function positiveDose(text: string): number | undefined {
  const value = parseNumber(text);
  return value !== undefined && value > 0 && value <= 1000 && micrograms(value) ? value : undefined;
}

function integer(text: string): number | undefined {
  const value = parseNumber(text);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

const fail = (field: DraftField): Result<never, DraftProblem> => ({
  ok: false,
  error: { code: 'invalid_input', field },
});

/** The request body for preview and save, or the first field that needs fixing. */
export function draftToInput(
  draft: PlanDraft,
  medication: MedicationView | undefined,
): Result<PlanInputBody, DraftProblem> {
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
  } else if (draft.strategy === 'crossover') {
    const chosen = equivalents(medication).find((e) => e.table === draft.equivalent);
    if (!chosen) return fail('strategy.diazepamMgPerMg');
    strategy = { kind: 'crossover', diazepamMgPerMg: chosen.ratio, diazepamForm: draft.diazepamForm };
  } else {
    const rows = draft.customSteps;
    if (rows.length === 0 || rows.length > MAX_CUSTOM_STEPS) return fail('strategy.steps');
    const steps: { doseMg: number; days: number }[] = [];
    for (const [i, row] of rows.entries()) {
      const last = i === rows.length - 1;
      const doseMg = parseNumber(row.dose);
      // Only the end point may be 0 (stop); every step before it needs a dose.
      if (doseMg === undefined || doseMg > 1000 || !micrograms(doseMg) || (!last && doseMg === 0))
        return fail(`strategy.steps.${i}.doseMg`);
      // The end point lasts: its days are not used, but the API asks for a number.
      const days = last ? 1 : integer(row.days);
      if (days === undefined || days < 1 || days > 365) return fail(`strategy.steps.${i}.days`);
      steps.push({ doseMg, days });
    }
    strategy = { kind: 'custom', steps };
  }

  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate)) return fail('startDate');
  let endpointMg = 0;
  if (strategy.kind === 'custom') {
    // The last row is the end point. The planner wants an end point below the start; a plan that only keeps the
    // current dose (one row, as the first run saves a prescriber's dose) has none, and its one row says it all.
    const last = strategy.steps[strategy.steps.length - 1]?.doseMg ?? 0;
    endpointMg = last < currentDoseMg ? last : 0;
  } else if (draft.endpoint === 'maintain') {
    const mg = positiveDose(draft.maintainMg);
    // In a switch the end point is in mg of diazepam, so it is compared with the dose in diazepam.
    const startOnScale = strategy.kind === 'crossover' ? currentDoseMg * strategy.diazepamMgPerMg : currentDoseMg;
    if (mg === undefined || mg >= startOnScale - 0.0005) return fail('endpointMg');
    endpointMg = mg;
  }

  let floorMg: number | undefined;
  if ((strategy.kind === 'proportional' || strategy.kind === 'linear') && draft.floorMg.trim() !== '') {
    floorMg = positiveDose(draft.floorMg);
    if (floorMg === undefined || floorMg >= currentDoseMg) return fail('floorMg');
  }

  const available = tabletStrengths(medication, draft.form);
  const have = available.filter((mg) => !draft.strengthsOff.includes(mg));
  if (available.length > 0 && have.length === 0) return fail('strengthsMg');
  const strengthsMg = have.length < available.length ? have : undefined;
  const mixVolumeMl =
    draft.mixVolumeMl !== '' && isHomeMixture(medication, draft.form) ? Number(draft.mixVolumeMl) : undefined;

  const body: PlanInputBody = {
    medicationId: medication.id,
    form: draft.form,
    currentDoseMg,
    startDate: draft.startDate,
    strategy,
    endpointMg,
    doseTimes,
    takenDailyOver4Weeks: draft.takenDaily,
    pace: draft.fasterPace ? 'prescriber-faster' : 'guideline',
    syringeMl: Number(draft.syringeMl),
    ...(floorMg === undefined ? {} : { floorMg }),
    ...(mixVolumeMl === undefined ? {} : { mixVolumeMl }),
    ...(strengthsMg === undefined ? {} : { strengthsMg }),
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
  readonly pace?: unknown;
  readonly indication?: unknown;
  readonly syringeMl?: unknown;
  readonly endpointMg?: unknown;
  readonly doseTimes?: unknown;
  readonly strategy?: unknown;
  readonly floorMg?: unknown;
  readonly mixVolumeMl?: unknown;
  readonly strengthsMg?: unknown;
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
  readonly diazepamForm?: unknown;
  readonly steps?: unknown;
}
interface LooseStep {
  readonly doseMg?: unknown;
  readonly days?: unknown;
}
const isRecord = (v: unknown): v is LooseObject => typeof v === 'object' && v !== null;
const text = (v: unknown): string => (typeof v === 'number' ? String(v) : '');
const isFormChoice = (v: unknown): v is FormChoice =>
  typeof v === 'string' && (FORM_ORDER as readonly string[]).includes(v);
const isTimeLabel = (v: unknown): v is TimeLabel =>
  typeof v === 'string' && (TIME_LABELS as readonly string[]).includes(v);

/** A saved plan's input, back into the form (checked: it may come from an older version). */
export function draftFromInput(
  saved: Record<string, unknown>,
  today: CalendarDate,
  medications: readonly MedicationView[],
): PlanDraft {
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
    fasterPace: input.pace === 'prescriber-faster',
    syringeMl: (SYRINGE_ML as readonly string[]).includes(text(input.syringeMl))
      ? text(input.syringeMl)
      : base.syringeMl,
    floorMg: text(input.floorMg),
    mixVolumeMl: (MIX_VOLUMES_ML as readonly string[]).includes(text(input.mixVolumeMl)) ? text(input.mixVolumeMl) : '',
  };
  if (Array.isArray(input.strengthsMg)) {
    const have = input.strengthsMg.filter((mg): mg is number => typeof mg === 'number');
    const form = fitForm(draft.form, medication);
    draft = { ...draft, strengthsOff: tabletStrengths(medication, form).filter((mg) => !have.includes(mg)) };
  }
  if (typeof input.endpointMg === 'number' && input.endpointMg > 0)
    draft = { ...draft, endpoint: 'maintain', maintainMg: text(input.endpointMg) };
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
        timeMg: [0, 1, 2].map((i) =>
          equal || shares[i] === undefined ? '' : String(Number((dose * shares[i]).toFixed(3))),
        ),
      };
    }
  }
  const strategy: LooseStrategy = isRecord(input.strategy) ? input.strategy : {};
  if (strategy.kind === 'proportional') {
    draft = {
      ...draft,
      strategy: 'proportional',
      percent: text(strategy.percent) || '10',
      intervalDays: text(strategy.intervalDays) || '14',
    };
  } else if (strategy.kind === 'linear') {
    draft = {
      ...draft,
      strategy: 'linear',
      stepMg: text(strategy.stepMg),
      intervalDays: text(strategy.intervalDays) || '14',
    };
  } else if (strategy.kind === 'crossover') {
    const chosen = equivalents(medication).find((e) => Math.abs(e.ratio - Number(strategy.diazepamMgPerMg)) < 1e-3);
    draft = {
      ...draft,
      strategy: 'crossover',
      equivalent: chosen?.table ?? '',
      diazepamForm: strategy.diazepamForm === 'tablet' ? 'tablet' : 'liquid',
    };
  } else if (strategy.kind === 'custom' && Array.isArray(strategy.steps)) {
    const steps: LooseStep[] = strategy.steps.filter(isRecord);
    const rows = steps.map((s) => ({ dose: text(s.doseMg), days: text(s.days) || '14' }));
    if (rows.length > 0) draft = { ...draft, strategy: 'custom', customSteps: rows, endpoint: 'stop', maintainMg: '' };
  }
  return { ...draft, form: fitForm(draft.form, medication) };
}

export type PlanStepView = PlanView['steps'][number];

/** A medicine's name from the registry (the id when unknown). */
export const medicineName = (id: string): string => findMedication(id)?.name ?? id;

/**
 * Each medicine's own amount on a step, for words such as "1.25 mg clonazepam and 5 mg diazepam": during a switch a
 * medicine at 0 is left out; a single-medicine step keeps its dose even at 0 (the final stop).
 */
export function stepDoseParts(
  step: PlanStepView,
  nameOf: (id: string) => string = medicineName,
): { readonly name: string; readonly mg: number }[] {
  return step.doses
    .filter((d) => d.mg > 0 || step.doses.length === 1)
    .map((d) => ({ name: nameOf(d.medicationId), mg: d.mg }));
}

/** The step in effect on `date`: start <= date <= end, or the final step once it has begun. */
export function stepOn(plan: PlanView, date: CalendarDate): PlanStepView | undefined {
  return plan.steps.find((s) => s.start <= date && (s.end === null || date <= s.end));
}

/** Steps a hold can still be added to: not over yet, and not the final step. */
export function holdableSteps(plan: PlanView, today: CalendarDate): PlanStepView[] {
  return plan.steps.filter((s) => s.end !== null && s.end >= today);
}
