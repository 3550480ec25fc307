/**
 * The planner form's draft into the API's request body for preview and save, checking each field on the way; the
 * first field that needs fixing is named with the API's own path, so its error lands at the right input.
 */
import type { MedicationView, PlanInputBody } from '../../../api/plan-schemas.js';
import { MAX_CUSTOM_STEPS, MAX_DOSE_MG, type Result } from '../../../core/index.js';
import { equivalents, isHomeMixture, tabletStrengths } from './medicine-choices.js';
import type { PlanDraft, StrategyBody, StrategyOf } from './plan-draft.js';
import { inMicrograms, parseNumber, positiveDose, wholeNumber } from './typed-numbers.js';

type StrategyKey = { [K in StrategyBody['kind']]: keyof StrategyOf<K> }[StrategyBody['kind']];
type CheckedStrategyKey = Extract<StrategyKey, 'percent' | 'intervalDays' | 'stepMg' | 'diazepamMgPerMg' | 'steps'>;
type CheckedBodyKey = Extract<
  keyof PlanInputBody,
  'medicationId' | 'currentDoseMg' | 'doseTimes' | 'startDate' | 'endpointMg' | 'floorMg' | 'strengthsMg'
>;
type StepKey = keyof StrategyOf<'custom'>['steps'][number];

/** Fields the form checks itself, by the API's path; each maps to one input. */
export type DraftField = CheckedBodyKey | `strategy.${CheckedStrategyKey}` | `strategy.steps.${number}.${StepKey}`;

export interface DraftProblem {
  readonly code: 'invalid_input';
  readonly field: DraftField;
}

type Checked<T> = Result<T, DraftProblem>;
const fail = (field: DraftField): Checked<never> => ({ ok: false, error: { code: 'invalid_input', field } });
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });

function doseTimesOf(draft: PlanDraft, currentDoseMg: number): Checked<PlanInputBody['doseTimes'] & object> {
  const labels = draft.timeLabels.slice(0, draft.timesPerDay);
  if (labels.length === 0 || new Set(labels).size !== labels.length) return fail('doseTimes');
  if (draft.split === 'equal' || labels.length === 1)
    return ok(labels.map((label) => ({ label, share: 1 / labels.length })));
  const amounts = labels.map((_, i) => positiveDose(draft.timeMg[i] ?? ''));
  if (amounts.some((a) => a === undefined)) return fail('doseTimes');
  const total = amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0);
  if (Math.abs(total - currentDoseMg) > 0.0005) return fail('doseTimes');
  return ok(labels.map((label, i) => ({ label, share: (amounts[i] ?? 0) / total })));
}

function customStrategy(draft: PlanDraft): Checked<StrategyOf<'custom'>> {
  const rows = draft.customSteps;
  if (rows.length === 0 || rows.length > MAX_CUSTOM_STEPS) return fail('strategy.steps');
  const steps: { doseMg: number; days: number }[] = [];
  for (const [i, row] of rows.entries()) {
    const last = i === rows.length - 1;
    const doseMg = parseNumber(row.doseMg);
    // Only the end point may be 0 (stop); every step before it needs a dose.
    if (doseMg === undefined || doseMg > MAX_DOSE_MG || !inMicrograms(doseMg) || (!last && doseMg === 0))
      return fail(`strategy.steps.${i}.doseMg`);
    // The end point lasts: its days are not used, but the API asks for a number.
    const days = last ? 1 : wholeNumber(row.days);
    if (days === undefined || days < 1 || days > 365) return fail(`strategy.steps.${i}.days`);
    steps.push({ doseMg, days });
  }
  return ok({ kind: 'custom', steps });
}

function strategyOf(draft: PlanDraft, medication: MedicationView): Checked<StrategyBody> {
  if (draft.strategy === 'proportional') {
    const percent = parseNumber(draft.percent);
    if (percent === undefined || percent < 1 || percent > 25) return fail('strategy.percent');
    const intervalDays = wholeNumber(draft.intervalDays);
    if (intervalDays === undefined || intervalDays < 7 || intervalDays > 56) return fail('strategy.intervalDays');
    return ok({ kind: 'proportional', percent, intervalDays });
  }
  if (draft.strategy === 'linear') {
    const stepMg = positiveDose(draft.stepMg);
    if (stepMg === undefined) return fail('strategy.stepMg');
    const intervalDays = wholeNumber(draft.intervalDays);
    if (intervalDays === undefined || intervalDays < 1 || intervalDays > 56) return fail('strategy.intervalDays');
    return ok({ kind: 'linear', stepMg, intervalDays });
  }
  if (draft.strategy === 'crossover') {
    const chosen = equivalents(medication).find((e) => e.table === draft.equivalent);
    if (!chosen) return fail('strategy.diazepamMgPerMg');
    return ok({ kind: 'crossover', diazepamMgPerMg: chosen.ratio, diazepamForm: draft.diazepamForm });
  }
  return customStrategy(draft);
}

/** The plan's end point in mg: the last custom row, a dose to stay on, or 0 (stop). */
function endpointOf(draft: PlanDraft, strategy: StrategyBody, currentDoseMg: number): Checked<number> {
  // The last row is the end point.
  if (strategy.kind === 'custom') return ok(strategy.steps[strategy.steps.length - 1]?.doseMg ?? 0);
  if (draft.endpoint !== 'maintain') return ok(0);
  const mg = positiveDose(draft.maintainMg);
  // In a switch the end point is in mg of diazepam, so it is compared with the dose in diazepam.
  const startOnScale = strategy.kind === 'crossover' ? currentDoseMg * strategy.diazepamMgPerMg : currentDoseMg;
  return mg === undefined || mg >= startOnScale - 0.0005 ? fail('endpointMg') : ok(mg);
}

/** "More options": the floor, the tablets the person has and the mixing volume, each only when it applies. */
function moreOptionsOf(
  draft: PlanDraft,
  medication: MedicationView,
  context: { readonly strategy: StrategyBody; readonly currentDoseMg: number },
): Checked<Pick<PlanInputBody, 'floorMg' | 'mixVolumeMl' | 'strengthsMg'>> {
  let floorMg: number | undefined;
  const { kind } = context.strategy;
  if ((kind === 'proportional' || kind === 'linear') && draft.floorMg.trim() !== '') {
    floorMg = positiveDose(draft.floorMg);
    if (floorMg === undefined || floorMg >= context.currentDoseMg) return fail('floorMg');
  }
  const available = tabletStrengths(medication, draft.form);
  const have = available.filter((mg) => !draft.strengthsOff.includes(mg));
  if (available.length > 0 && have.length === 0) return fail('strengthsMg');
  const strengthsMg = have.length < available.length ? have : undefined;
  const mixVolumeMl =
    draft.mixVolumeMl !== '' && isHomeMixture(medication, draft.form) ? Number(draft.mixVolumeMl) : undefined;
  return ok({
    ...(floorMg === undefined ? {} : { floorMg }),
    ...(mixVolumeMl === undefined ? {} : { mixVolumeMl }),
    ...(strengthsMg === undefined ? {} : { strengthsMg }),
  });
}

/** The request body for preview and save, or the first field that needs fixing. */
export function draftToInput(draft: PlanDraft, medication: MedicationView | undefined): Checked<PlanInputBody> {
  if (!medication) return fail('medicationId');
  const currentDoseMg = positiveDose(draft.dose);
  if (currentDoseMg === undefined) return fail('currentDoseMg');
  const doseTimes = doseTimesOf(draft, currentDoseMg);
  if (!doseTimes.ok) return doseTimes;
  const strategy = strategyOf(draft, medication);
  if (!strategy.ok) return strategy;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate)) return fail('startDate');
  const endpointMg = endpointOf(draft, strategy.value, currentDoseMg);
  if (!endpointMg.ok) return endpointMg;
  const more = moreOptionsOf(draft, medication, { strategy: strategy.value, currentDoseMg });
  if (!more.ok) return more;

  const body: PlanInputBody = {
    medicationId: medication.id,
    form: draft.form,
    currentDoseMg,
    startDate: draft.startDate,
    strategy: strategy.value,
    endpointMg: endpointMg.value,
    doseTimes: doseTimes.value,
    takenDailyOver4Weeks: draft.takenDaily,
    pace: draft.fasterPace ? 'prescriber-faster' : 'guideline',
    syringeMl: Number(draft.syringeMl),
    ...more.value,
  };
  return ok(draft.epilepsy ? { ...body, indication: 'epilepsy' } : body);
}
