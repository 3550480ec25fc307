/**
 * Where am I: the days since the last dose change and the phase after it, from the plan (with its holds), the dose
 * log and a date. Day 1 is the first day at the new dose. Codes and data only; the web words them.
 */
import type { LoggedDose } from '../adherence.js';
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import type { Plan } from '../plan/plan-types.js';
import { doseChanges } from './dose-changes.js';
import { LONG_ACTING_REFERENCE, phaseWindowsFor, type PhaseWindows } from './phase-windows.js';
import type { DoseChange, InsightSourceId } from './types.js';

export const PHASES = ['no-plan', 'not-started', 'onset', 'peak', 'easing', 'steady', 'stopped'] as const;
export type Phase = (typeof PHASES)[number];

/** What is typical now. After the last dose the windows repeat; past four weeks, `after-stop-lasting`. */
export const TYPICAL_CODES = [
  'no-plan',
  'not-started',
  'onset',
  'peak',
  'easing',
  'steady',
  'after-stop-onset',
  'after-stop-peak',
  'after-stop-easing',
  'after-stop-lasting',
] as const;
export type TypicalCode = (typeof TYPICAL_CODES)[number];

/**
 * Symptoms lasting more than a month after stopping are worth raising with a clinician (ASAM/JCPG patient guide
 * 1539871/12); protracted withdrawal lasts months and slowly improves (RACGP; Ashton 1995). clinical.md §6.2.
 */
export const STOPPED_RAISE_AFTER_DAYS = 28;
const LASTING_SOURCES: readonly InsightSourceId[] = ['jcpg-2025', 'racgp', 'ashton-manual'];

export interface Typical {
  readonly code: TypicalCode;
  /** The windows the phase was read from; null with no plan or before it starts. */
  readonly windows: PhaseWindows | null;
  /** What clinical.md gives for long-acting drugs, to show beside the windows. */
  readonly longActing: typeof LONG_ACTING_REFERENCE | null;
  readonly sources: readonly InsightSourceId[];
}

export interface PhaseChange {
  readonly date: CalendarDate;
  readonly fromMg: number;
  readonly toMg: number;
  /** `dose-log` when the log showed the new dose began on another day than the plan's. */
  readonly dateFrom: 'plan' | 'dose-log';
}

export interface WhereAmI {
  readonly phase: Phase;
  /** Day at the current dose (day 1 = first day at the new dose); after the last dose, days since stopping. */
  readonly day: number | null;
  readonly change: PhaseChange | null;
  readonly typical: Typical;
}

export interface PhaseInput {
  readonly plan: Plan | null;
  /** The dose log; it moves day 1 when the person began a planned dose later than the plan says. */
  readonly doses?: readonly LoggedDose[];
  readonly date: CalendarDate;
}

const NONE: Typical = { code: 'no-plan', windows: null, longActing: null, sources: [] };

function phaseOfDay(day: number, windows: PhaseWindows): 'onset' | 'peak' | 'easing' | 'steady' {
  if (day <= windows.onset[1]) return 'onset';
  if (day <= windows.peak[1]) return 'peak';
  return day <= windows.easing[1] ? 'easing' : 'steady';
}

/** The day's total of one medicine in the log (µg), by date; an intake that did not say is the plan's medicine. */
function loggedTotals(doses: readonly LoggedDose[], medicationId: string, planMedicationId: string) {
  const totals = new Map<CalendarDate, number>();
  for (const d of doses) {
    if ((d.medicationId ?? planMedicationId) !== medicationId) continue;
    totals.set(d.date, (totals.get(d.date) ?? 0) + d.doseMicrograms * (d.count ?? 1));
  }
  return totals;
}

/**
 * Day 1 of a change as the log tells it: the plan's date unless the first days logged from it are still at the old
 * dose; then the first day logged at the new dose (for a stop: the day after the last at the old dose). `null`:
 * by the log the change has not happened yet.
 */
function actualStart(change: DoseChange, totals: ReadonlyMap<CalendarDate, number>, date: CalendarDate) {
  const fromUg = Math.round(change.fromMg * 1000);
  const toUg = Math.round(change.toMg * 1000);
  let lastOld: CalendarDate | null = null;
  for (let day = change.date; day <= date; day = addDays(day, 1)) {
    const taken = totals.get(day);
    if (taken === undefined) continue;
    if (taken === toUg) return lastOld === null ? change.date : day;
    if (taken !== fromUg) return lastOld === null ? change.date : day;
    lastOld = day;
  }
  if (lastOld === null) return change.date;
  return toUg === 0 && lastOld < date ? addDays(lastOld, 1) : null;
}

/** The medicine a change's step is taken in, when it is one (the log can't tell two medicines' totals apart). */
function singleMedicine(plan: Plan, change: DoseChange): string | null {
  const doses = plan.steps[change.stepIndex]?.doses ?? [];
  return doses.length === 1 ? (doses[0]?.medicationId ?? null) : null;
}

function typicalOf(code: TypicalCode, windows: PhaseWindows): Typical {
  const sources = code === 'after-stop-lasting' ? LASTING_SOURCES : windows.sources;
  return { code, windows, longActing: LONG_ACTING_REFERENCE, sources };
}

export function whereAmI(input: PhaseInput): WhereAmI {
  const { plan, date } = input;
  if (!plan || plan.steps.length === 0) return { phase: 'no-plan', day: null, change: null, typical: NONE };
  const changes = doseChanges(plan).filter((c) => c.date <= date);
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i];
    if (!change) continue;
    const medicine = singleMedicine(plan, change);
    const start =
      medicine === null || !input.doses
        ? change.date
        : actualStart(change, loggedTotals(input.doses, medicine, plan.medicationId), date);
    if (start === null) continue;
    const medicationId = plan.steps[change.stepIndex]?.doses[0]?.medicationId ?? plan.medicationId;
    const windows = phaseWindowsFor(medicationId);
    const day = daysBetween(start, date) + 1;
    const found: PhaseChange = {
      date: start,
      fromMg: change.fromMg,
      toMg: change.toMg,
      dateFrom: start === change.date ? 'plan' : 'dose-log',
    };
    const phase = phaseOfDay(day, windows);
    if (change.toMg === 0) {
      const lasting = phase === 'steady' || day > STOPPED_RAISE_AFTER_DAYS;
      const code = lasting ? 'after-stop-lasting' : (`after-stop-${phase}` as const);
      return { phase: 'stopped', day, change: found, typical: typicalOf(code, windows) };
    }
    return { phase, day, change: found, typical: typicalOf(phase, windows) };
  }
  return {
    phase: 'not-started',
    day: null,
    change: null,
    typical: { code: 'not-started', windows: null, longActing: null, sources: [] },
  };
}
