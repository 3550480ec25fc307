/**
 * The check-in form's state as the person types it (strings for the number fields, so half-typed
 * values like "7." survive), and its conversion to and from the API's shape.
 */
import type { Checkin, CheckinBody } from '../../../api/schemas.js';
import {
  CHECKIN_TAGS,
  hasMicrogramPrecision,
  isCheckinTag,
  isSeverity,
  MAX_DOSE_MG,
  MAX_NOTE_LENGTH,
  MAX_SLEEP_HOURS,
  SLEEP_STEP_HOURS,
  type CheckinTag,
  type Result,
  type Severity,
} from '../../../core/index.js';

export interface CheckinDraft {
  readonly symptoms: Readonly<Record<string, Severity>>;
  readonly sleep: string;
  readonly dose: string;
  readonly note: string;
  readonly tags: readonly CheckinTag[];
}

export interface FieldProblem {
  readonly code: 'invalid_input';
  readonly field: 'sleepHours' | 'doseMg' | 'note';
}

export const EMPTY_DRAFT: CheckinDraft = { symptoms: {}, sleep: '', dose: '', note: '', tags: [] };

/** Sleep +/- buttons move in half hours; typing allows quarter hours. */
export const SLEEP_BUTTON_STEP = 0.5;
/** Where the +/- buttons start when sleep is not recorded yet. */
const SLEEP_START = 7.5;

export function draftFromCheckin(checkin: Checkin): CheckinDraft {
  const symptoms: Record<string, Severity> = {};
  for (const [id, value] of Object.entries(checkin.symptoms)) if (isSeverity(value)) symptoms[id] = value;
  return {
    symptoms,
    sleep: checkin.sleepHours === null ? '' : String(checkin.sleepHours),
    dose: checkin.doseMg === null ? '' : String(checkin.doseMg),
    note: checkin.note,
    tags: checkin.tags.filter(isCheckinTag),
  };
}

/** A draft kept in localStorage is checked before use: it may be from an older version or damaged. */
export function asDraft(value: unknown): CheckinDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { symptoms, sleep, dose, note, tags } = value as Record<string, unknown>;
  if (typeof sleep !== 'string' || typeof dose !== 'string' || typeof note !== 'string') return undefined;
  if (typeof symptoms !== 'object' || symptoms === null) return undefined;
  const checked: Record<string, Severity> = {};
  for (const [id, severity] of Object.entries(symptoms)) if (isSeverity(severity)) checked[id] = severity;
  return { symptoms: checked, sleep, dose, note, tags: Array.isArray(tags) ? tags.filter(isCheckinTag) : [] };
}

/** Reads a number typed with either a dot or a comma as the decimal mark. Empty means "not recorded". */
function parseNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d*\.?\d*$/.test(trimmed) || trimmed === '.') return undefined;
  return Number(trimmed);
}

export function stepSleep(text: string, direction: 1 | -1): string {
  const current = parseNumber(text);
  const base = typeof current === 'number' ? current : SLEEP_START - direction * SLEEP_BUTTON_STEP;
  const next = Math.min(MAX_SLEEP_HOURS, Math.max(0, base + direction * SLEEP_BUTTON_STEP));
  // Snap to the quarter-hour grid the server accepts.
  return String(Math.round(next / SLEEP_STEP_HOURS) * SLEEP_STEP_HOURS);
}

/** Every field of the draft the server would refuse, in the form's order (so the screen can name them all at once). */
export function draftProblems(draft: CheckinDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const sleepHours = parseNumber(draft.sleep);
  if (
    sleepHours === undefined ||
    (sleepHours !== null && !(sleepHours <= MAX_SLEEP_HOURS && Number.isInteger(sleepHours / SLEEP_STEP_HOURS)))
  ) {
    problems.push({ code: 'invalid_input', field: 'sleepHours' });
  }
  const doseMg = parseNumber(draft.dose);
  if (doseMg === undefined || (doseMg !== null && !(doseMg <= MAX_DOSE_MG && hasMicrogramPrecision(doseMg)))) {
    problems.push({ code: 'invalid_input', field: 'doseMg' });
  }
  if (draft.note.length > MAX_NOTE_LENGTH) problems.push({ code: 'invalid_input', field: 'note' });
  return problems;
}

/** The body to send, or the first field to fix (draftProblems lists them all). */
export function draftToBody(draft: CheckinDraft): Result<CheckinBody, FieldProblem> {
  const [problem] = draftProblems(draft);
  if (problem) return { ok: false, error: problem };
  const sleepHours = parseNumber(draft.sleep) ?? null;
  const doseMg = parseNumber(draft.dose) ?? null;
  return {
    ok: true,
    value: { symptoms: { ...draft.symptoms }, sleepHours, doseMg, note: draft.note, tags: [...draft.tags] },
  };
}

/** Adds or removes one tag, keeping the catalogue's order. */
export function toggleTag(tags: readonly CheckinTag[], tag: CheckinTag): CheckinTag[] {
  const on = new Set(tags);
  if (on.has(tag)) on.delete(tag);
  else on.add(tag);
  return CHECKIN_TAGS.filter((t) => on.has(t));
}

/** Yesterday's answers as today's starting point: symptoms, sleep and tags; not the dose or the note. */
export function draftFromYesterday(yesterday: Checkin, today: CheckinDraft): CheckinDraft {
  const copied = draftFromCheckin(yesterday);
  return { ...today, symptoms: copied.symptoms, sleep: copied.sleep, tags: copied.tags };
}

/** A number of mg typed by the person, or undefined when it is not a valid dose. */
export function parseDose(text: string): number | undefined {
  const mg = parseNumber(text);
  return typeof mg === 'number' && mg > 0 && mg <= MAX_DOSE_MG && hasMicrogramPrecision(mg) ? mg : undefined;
}

/** Every listed symptom the person has not rated yet set to None (0); ratings already given stay. */
export function noneForRest(draft: CheckinDraft, symptomIds: readonly string[]): CheckinDraft {
  const symptoms: Record<string, Severity> = { ...draft.symptoms };
  for (const id of symptomIds) symptoms[id] ??= 0;
  return { ...draft, symptoms };
}

/** How many of the listed symptoms have no rating yet. */
export const unratedCount = (draft: CheckinDraft, symptomIds: readonly string[]): number =>
  symptomIds.filter((id) => draft.symptoms[id] === undefined).length;

export interface Prefill {
  /** True when the day has no saved check-in: only then are empty fields filled in for the person. */
  readonly fresh: boolean;
  /** Fields the person has set themselves (even to empty): never filled in. */
  readonly touched: ReadonlySet<keyof CheckinDraft>;
  /** The day before's sleep, '' when unknown. */
  readonly previousSleep: string;
  /** The day's planned dose of its one medicine, '' without one. */
  readonly plannedDose: string;
  /** The total of the doses logged for the day (one medicine), which is then the day's dose; undefined when none. */
  readonly loggedDose: string | undefined;
}

/**
 * The check-in as it will be saved: what the person typed, with sleep and dose filled in on a new day (shown,
 * and said to be filled in, so Save confirms them), and the dose log's total as the dose once doses are logged.
 */
export function effectiveDraft(
  draft: CheckinDraft,
  prefill: Prefill,
): { draft: CheckinDraft; sleepFilled: boolean; doseFilled: boolean } {
  const fills = (field: 'sleep' | 'dose', value: string) =>
    prefill.fresh && value !== '' && draft[field] === '' && !prefill.touched.has(field);
  const sleepFilled = fills('sleep', prefill.previousSleep);
  const doseFilled = prefill.loggedDose === undefined && fills('dose', prefill.plannedDose);
  const dose = prefill.loggedDose ?? (doseFilled ? prefill.plannedDose : draft.dose);
  return {
    draft: { ...draft, sleep: sleepFilled ? prefill.previousSleep : draft.sleep, dose },
    sleepFilled,
    doseFilled,
  };
}
