/**
 * A saved plan's input back into the planner form. The server stores the request as it was sent, possibly by an
 * older version, so every field is checked before use and anything unknown falls back to the form's default.
 */
import type { MedicationView } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import { equivalents, fitForm, FORM_ORDER, isRecord, tabletStrengths } from './medicine-choices.js';
import {
  emptyDraft,
  MIX_VOLUMES_ML,
  SYRINGE_ML,
  TIME_LABELS,
  type FormChoice,
  type PlanDraft,
  type TimeLabel,
} from './plan-draft.js';

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
const text = (v: unknown): string => (typeof v === 'number' ? String(v) : '');
const oneOf = (v: unknown, allowed: readonly string[]): boolean => typeof v === 'string' && allowed.includes(v);
const isFormChoice = (v: unknown): v is FormChoice => oneOf(v, FORM_ORDER);
const isTimeLabel = (v: unknown): v is TimeLabel => oneOf(v, TIME_LABELS);

/** The dose times, and the mg at each when they were not equal; nothing when they are not the form's own. */
function doseTimesFrom(input: LooseInput): Partial<PlanDraft> {
  if (!Array.isArray(input.doseTimes)) return {};
  const times: LooseTime[] = input.doseTimes.filter(isRecord).slice(0, 3);
  const labels = times.map((t) => t.label).filter(isTimeLabel);
  if (labels.length !== times.length || labels.length === 0) return {};
  const dose = typeof input.currentDoseMg === 'number' ? input.currentDoseMg : 0;
  const shares = times.map((t) => (typeof t.share === 'number' ? t.share : 0));
  const equal = shares.every((s) => Math.abs(s - 1 / shares.length) < 1e-6);
  return {
    timesPerDay: labels.length,
    timeLabels: [...labels, ...TIME_LABELS.filter((l) => !labels.includes(l))],
    split: equal ? 'equal' : 'own',
    timeMg: [0, 1, 2].map((i) =>
      equal || shares[i] === undefined ? '' : String(Number((dose * shares[i]).toFixed(3))),
    ),
  };
}

function strategyFrom(input: LooseInput, medication: MedicationView | undefined): Partial<PlanDraft> {
  const strategy: LooseStrategy = isRecord(input.strategy) ? input.strategy : {};
  const intervalDays = text(strategy.intervalDays) || '14';
  switch (strategy.kind) {
    case 'proportional':
      return { strategy: 'proportional', percent: text(strategy.percent) || '10', intervalDays };
    case 'linear':
      return { strategy: 'linear', stepMg: text(strategy.stepMg), intervalDays };
    case 'crossover': {
      const ratio = Number(strategy.diazepamMgPerMg);
      const chosen = equivalents(medication).find((e) => Math.abs(e.ratio - ratio) < 1e-3);
      return {
        strategy: 'crossover',
        equivalent: chosen?.table ?? '',
        diazepamForm: strategy.diazepamForm === 'tablet' ? 'tablet' : 'liquid',
      };
    }
    case 'custom': {
      const steps: LooseStep[] = Array.isArray(strategy.steps) ? strategy.steps.filter(isRecord) : [];
      const rows = steps.map((s) => ({ doseMg: text(s.doseMg), days: text(s.days) || '14' }));
      return rows.length > 0 ? { strategy: 'custom', customSteps: rows, endpoint: 'stop', maintainMg: '' } : {};
    }
    default:
      return {};
  }
}

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
    syringeMl: oneOf(text(input.syringeMl), SYRINGE_ML) ? text(input.syringeMl) : base.syringeMl,
    floorMg: text(input.floorMg),
    mixVolumeMl: oneOf(text(input.mixVolumeMl), MIX_VOLUMES_ML) ? text(input.mixVolumeMl) : '',
  };
  if (Array.isArray(input.strengthsMg)) {
    const have = input.strengthsMg.filter((mg): mg is number => typeof mg === 'number');
    const form = fitForm(draft.form, medication);
    draft = { ...draft, strengthsOff: tabletStrengths(medication, form).filter((mg) => !have.includes(mg)) };
  }
  if (typeof input.endpointMg === 'number' && input.endpointMg > 0)
    draft = { ...draft, endpoint: 'maintain', maintainMg: text(input.endpointMg) };
  draft = { ...draft, ...doseTimesFrom(input), ...strategyFrom(input, medication) };
  return { ...draft, form: fitForm(draft.form, medication) };
}
