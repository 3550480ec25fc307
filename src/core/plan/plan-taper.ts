/**
 * Turns a taper request into a dated, measurable schedule, checked against the guardrails.
 * Pure: the same input always gives the same plan. Doses are integer micrograms inside.
 *
 * Strategies (clinical.md §2.1, §3.2, §1.2):
 *  - proportional: each cut is a share of the current dose (the hyperbolic-style taper);
 *  - linear: a fixed amount each time;
 *  - crossover: the Ashton Manual switch to diazepam one dose-time at a time, then the diazepam rate table;
 *  - custom: the person's own steps.
 */
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import type { Micrograms } from '../dose.js';
import type { FormKind, Medication } from '../medications/medication.js';
import { CROSSOVER_TARGET_ID, findForm, findMedication } from '../medications/registry.js';
import { err, ok, type Result } from '../result.js';
import { MAX_CUT_PER_14_DAYS, MAX_LINEAR_CUT_SHARE, MIN_INTERVAL_DAYS, REFUSALS, WARNINGS } from './guardrails.js';
import { homeMixtureFrom, MAX_REALISATION_ERROR, measureFor, type Measure, type MeasuringOptions } from './measuring.js';
import type {
  CrossoverStrategy,
  DoseTime,
  Hold,
  Plan,
  PlanError,
  PlanErrorCode,
  PlanInput,
  PlanStep,
  PlanWarning,
  StepDose,
  StepKind,
  WarningCode,
} from './plan-types.js';

/** No plan runs longer than this (days); it keeps every computation bounded. */
export const MAX_PLAN_DAYS = 3653;
const MAX_STEPS = 2000;

/** A step before dates: the plan-scale dose, how long it lasts (null = the final step), and per-drug amounts. */
interface RawStep {
  readonly kind: StepKind;
  readonly doseUg: Micrograms;
  readonly days: number | null;
  readonly parts: readonly { readonly medicationId: string; readonly form: FormKind; readonly perTimeUg: readonly Micrograms[] }[];
}

const refuse = (code: PlanErrorCode, field?: string): Result<never, PlanError> =>
  err(field === undefined ? { code, message: REFUSALS[code] } : { code, field, message: REFUSALS[code] });

const toMg = (ug: Micrograms): number => ug / 1000;
const toUg = (mg: number): Micrograms => Math.round(mg * 1000);

/** The measuring method for a medication in a form: a form it is sold in, or a home water mixture of its tablets. */
export function resolveMeasure(medication: Medication, form: FormKind, options: MeasuringOptions): Measure | undefined {
  const sold = findForm(medication, form);
  if (sold) return measureFor(sold, options);
  if (form === 'liquid') return homeMixtureFrom(findForm(medication, 'tablet') ?? findForm(medication, 'odt'), options);
  return undefined;
}

/** Splits a day's amount over the dose-times by their shares, keeping each part measurable and the sum exact where possible. */
function splitOverTimes(totalUg: Micrograms, times: readonly DoseTime[], measure: Measure): Micrograms[] {
  if (times.length <= 1) return [totalUg];
  const parts = times.map((t) => {
    const raw = totalUg * t.share;
    const below = measure.floor(raw);
    const above = measure.ceil(raw);
    return raw - below <= above - raw ? below : above;
  });
  const gap = totalUg - parts.reduce((a, b) => a + b, 0);
  if (gap !== 0) {
    // Put the difference on the largest share when that stays measurable.
    const largest = times.reduce((best, t, i) => (t.share > (times[best]?.share ?? 0) ? i : best), 0);
    const adjusted = (parts[largest] ?? 0) + gap;
    if (adjusted >= 0 && measure.floor(adjusted) === adjusted) parts[largest] = adjusted;
    else {
      // Tablets with gaps (2, 5 and 10 mg make no 1 or 3 mg): search for measurable parts that add up exactly.
      // When none do (the day's amount itself cannot be measured), the largest share keeps the remainder, so the
      // parts still add up to the plan and its realisation shows the error, as a single dose-time's would.
      const exact = exactSplit(totalUg, times, measure);
      if (exact) return exact;
      if (adjusted >= 0) parts[largest] = adjusted;
    }
  }
  return parts;
}

/** Measurable parts, one per dose-time, adding up to `totalUg` and closest to the shares; undefined when none exist. */
function exactSplit(totalUg: Micrograms, times: readonly DoseTime[], measure: Measure): Micrograms[] | undefined {
  const MAX_AMOUNTS = 400;
  const amounts: Micrograms[] = [];
  for (let a = measure.floor(totalUg); amounts.length <= MAX_AMOUNTS; a = measure.floor(a - 1)) {
    amounts.push(a);
    if (a <= 0) break;
  }
  if (amounts.length > MAX_AMOUNTS) return undefined;
  let best = new Map<number, { readonly cost: number; readonly parts: readonly Micrograms[] }>([[0, { cost: 0, parts: [] }]]);
  for (const time of times) {
    const raw = totalUg * time.share;
    const next = new Map<number, { readonly cost: number; readonly parts: readonly Micrograms[] }>();
    for (const [sum, entry] of best) {
      for (const a of amounts) {
        if (sum + a > totalUg) continue;
        const cost = entry.cost + Math.abs(a - raw);
        const seen = next.get(sum + a);
        if (!seen || cost < seen.cost) next.set(sum + a, { cost, parts: [...entry.parts, a] });
      }
    }
    best = next;
  }
  const found = best.get(totalUg);
  return found ? [...found.parts] : undefined;
}

function proportionalSteps(startUg: Micrograms, percent: number, endUg: Micrograms, floorUg: Micrograms, measure: Measure): number[] | undefined {
  const doses: number[] = [];
  let current = startUg;
  while (current > endUg) {
    if (doses.length >= MAX_STEPS) return undefined;
    let next = measure.ceil(current * (1 - percent / 100));
    if (next >= current) next = measure.floor(current - 1);
    next = endUg > 0 ? Math.max(next, endUg) : next < floorUg ? 0 : next;
    doses.push(next);
    current = next;
  }
  return doses;
}

function linearSteps(startUg: Micrograms, stepUg: Micrograms, endUg: Micrograms, floorUg: Micrograms, measure: Measure): number[] | undefined {
  const doses: number[] = [];
  let current = startUg;
  while (current > endUg) {
    if (doses.length >= MAX_STEPS) return undefined;
    let next = measure.ceil(Math.max(0, current - stepUg));
    if (next >= current) next = measure.floor(current - 1);
    next = endUg > 0 ? Math.max(next, endUg) : next < floorUg ? 0 : next;
    doses.push(next);
    current = next;
  }
  return doses;
}

/**
 * The diazepam rate table adapted from the Ashton Manual (as quoted from NICE CKS, clinical.md §1.2):
 * 40→20 mg/day: 2-4 mg; 20→10: 1-2 mg; 10→5: 1 mg; 5→0: 0.5-1 mg; every 1-2 weeks.
 * Above 40 mg the table gives no band; the 40→20 band is used, which is a smaller share there.
 */
export function diazepamCutMg(currentMg: number, size: 'lower' | 'upper'): number {
  const band: readonly [number, number] = currentMg > 20 ? [2, 4] : currentMg > 10 ? [1, 2] : currentMg > 5 ? [1, 1] : [0.5, 1];
  return size === 'lower' ? band[0] : band[1];
}

function singleDrugRaw(doses: readonly number[], intervalDays: number, endUg: Micrograms, medicationId: string, form: FormKind, times: readonly DoseTime[], measure: Measure): RawStep[] {
  return doses.map((doseUg, i) => {
    const last = i === doses.length - 1 && doseUg === endUg;
    return {
      kind: last ? (doseUg === 0 ? 'stop' : 'maintain') : 'reduce',
      doseUg,
      days: last ? null : intervalDays,
      parts: [{ medicationId, form, perTimeUg: splitOverTimes(doseUg, times, measure) }],
    };
  });
}

function crossoverRaw(
  input: PlanInput,
  strategy: CrossoverStrategy,
  current: { readonly medication: Medication; readonly measure: Measure },
  diazepamMeasure: Measure,
  floorUg: Micrograms,
): RawStep[] | undefined {
  const ratio = strategy.diazepamMgPerMg;
  const currentPerTime = splitOverTimes(toUg(input.currentDoseMg), input.doseTimes, current.measure);
  const diazepamPerTime = currentPerTime.map(() => 0);
  // The amount of the current drug swapped so far at each dose-time: its diazepam is rounded up once, not once per stage.
  const swappedPerTime = currentPerTime.map(() => 0);
  const steps: RawStep[] = [];
  const scale = (oldPerTime: readonly number[], newPerTime: readonly number[]) =>
    Math.round(oldPerTime.reduce((a, b) => a + b, 0) * ratio) + newPerTime.reduce((a, b) => a + b, 0);

  // Substitute one dose-time at a time, half of it per stage where the tablets allow (clinical.md §1.2).
  input.doseTimes.forEach((_time, t) => {
    const amount = currentPerTime[t] ?? 0;
    const half = current.measure.floor(amount / 2);
    const swaps = half > 0 && half < amount ? [half, amount - half] : [amount];
    for (const swap of swaps) {
      if (swap <= 0) continue;
      currentPerTime[t] = (currentPerTime[t] ?? 0) - swap;
      swappedPerTime[t] = (swappedPerTime[t] ?? 0) + swap;
      diazepamPerTime[t] = diazepamMeasure.ceil(Math.round((swappedPerTime[t] ?? 0) * ratio));
      steps.push({
        kind: 'substitute',
        doseUg: scale(currentPerTime, diazepamPerTime),
        days: strategy.stageDays,
        parts: [
          { medicationId: current.medication.id, form: input.form, perTimeUg: [...currentPerTime] },
          { medicationId: CROSSOVER_TARGET_ID, form: strategy.diazepamForm, perTimeUg: [...diazepamPerTime] },
        ],
      });
    }
  });

  const endUg = diazepamMeasure.floor(toUg(input.endpointMg));
  let diazepam = diazepamPerTime.reduce((a, b) => a + b, 0);
  while (diazepam > endUg) {
    if (steps.length >= MAX_STEPS) return undefined;
    // A cut smaller than the form can measure falls through to one measurable step below (next line but one);
    // the smallest single tablet is not the finest step (2 + 5 mg tablets make 7 mg), so it is no minimum.
    const cut = toUg(diazepamCutMg(toMg(diazepam), strategy.cutSize));
    let next = diazepamMeasure.ceil(Math.max(0, diazepam - cut));
    if (next >= diazepam) next = diazepamMeasure.floor(diazepam - 1);
    next = endUg > 0 ? Math.max(next, endUg) : next < floorUg ? 0 : next;
    const last = next === endUg;
    steps.push({
      kind: last ? (next === 0 ? 'stop' : 'maintain') : 'reduce',
      doseUg: next,
      days: last ? null : strategy.intervalDays,
      parts: [{ medicationId: CROSSOVER_TARGET_ID, form: strategy.diazepamForm, perTimeUg: splitOverTimes(next, input.doseTimes, diazepamMeasure) }],
    });
    diazepam = next;
  }
  // The stages end with substitution only when the end-point is the full diazepam dose.
  const lastStep = steps[steps.length - 1];
  if (lastStep?.kind === 'substitute') steps[steps.length - 1] = { ...lastStep, kind: 'maintain', days: null };
  return steps;
}

/**
 * The largest dose a final stop may come from without counting as too fast: the smallest amount the form
 * measures, or in a crossover the rate table's own last cut (0.5-1 mg diazepam, clinical.md §1.2).
 */
function finalStopAllowanceUg(strategy: PlanInput['strategy'], finalMeasure: Measure): Micrograms {
  const tableLastCut = strategy.kind === 'crossover' ? toUg(diazepamCutMg(0, strategy.cutSize)) : 0;
  return Math.max(finalMeasure.smallestUg, tableLastCut);
}

/** A maintenance dose must be one the form can measure exactly; it is never rounded silently. */
function isMeasurableEndpoint(endpointMg: number, measure: Measure): boolean {
  const endUg = toUg(endpointMg);
  return endUg === 0 || measure.floor(endUg) === endUg;
}

/** The published diazepam-per-mg range for a medication (both tables), e.g. clonazepam 10-20. */
export function publishedRatioRange(medication: Medication): { readonly low: number; readonly high: number } | undefined {
  if (medication.equivalents.length === 0) return undefined;
  const ratios = medication.equivalents.flatMap((e) => [10 / e.mgHigh, 10 / e.mgLow]);
  return { low: Math.min(...ratios), high: Math.max(...ratios) };
}

function warning(code: WarningCode, steps: readonly number[] = []): PlanWarning {
  return { code, message: WARNINGS[code].message, source: WARNINGS[code].source, steps };
}

/**
 * The largest dose in effect on any of the 14 days before a day offset from the plan start (the starting dose
 * before the plan). The largest, not the one 14 days before: after an increase (a custom step, or diazepam
 * rounded up in a crossover) a cut is measured from the higher dose.
 */
function maxDoseInTwoWeeksBefore(offsets: readonly number[], doses: readonly number[], startUg: number, day: number): number {
  let max = day - 14 < 0 ? startUg : 0;
  for (let i = 0; i < offsets.length; i++) {
    const from = offsets[i] ?? Infinity;
    const to = offsets[i + 1] ?? Infinity; // exclusive
    if (to > from && from <= day - 1 && to > day - 14) max = Math.max(max, doses[i] ?? 0);
  }
  return max;
}

/**
 * `smallestStopUg`: the smallest amount the final form measures. Every final stop is a 100 % cut; it is
 * exempt from `too_fast` only when it stops that smallest amount (and is then flagged `final_step`).
 * Stopping from more, e.g. after choosing a high floor, is flagged as too fast.
 */
function checkGuardrails(input: PlanInput, medication: Medication, startUg: number, smallestStopUg: number, raw: readonly RawStep[], offsets: readonly number[], steps: readonly PlanStep[], measures: readonly Measure[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const doses = raw.map((r) => r.doseUg);
  const flag = (code: WarningCode, predicate: (i: number) => boolean) => {
    const hits = raw.map((_, i) => i).filter(predicate);
    if (hits.length > 0) warnings.push(warning(code, hits));
  };
  const previous = (i: number) => (i === 0 ? startUg : (doses[i - 1] ?? 0));
  const isFinalStop = (i: number) => raw[i]?.kind === 'stop';
  const isCut = (i: number) => raw[i]?.kind === 'reduce' || raw[i]?.kind === 'stop' || raw[i]?.kind === 'maintain';

  if (input.indication !== undefined && medication.specialistFirstFor.includes(input.indication)) warnings.push(warning('specialist_first'));
  if (input.strategy.kind === 'crossover') {
    const range = publishedRatioRange(medication);
    const r = input.strategy.diazepamMgPerMg;
    if (!range || r < range.low - 1e-9 || r > range.high + 1e-9) warnings.push(warning('equivalence_out_of_range'));
  }
  flag('too_fast', (i) => {
    if (!isCut(i) || (isFinalStop(i) && previous(i) <= smallestStopUg)) return false;
    const before = maxDoseInTwoWeeksBefore(offsets, doses, startUg, offsets[i] ?? 0);
    return before > 0 && (before - (doses[i] ?? 0)) / before > MAX_CUT_PER_14_DAYS + 1e-9;
  });
  flag('short_interval', (i) => i > 0 && isCut(i) && (doses[i] ?? 0) < previous(i) && (offsets[i] ?? 0) - (offsets[i - 1] ?? 0) < MIN_INTERVAL_DAYS);
  if (input.strategy.kind === 'linear') {
    flag('percent_creep', (i) => !isFinalStop(i) && previous(i) > 0 && (previous(i) - (doses[i] ?? 0)) / previous(i) > MAX_LINEAR_CUT_SHARE + 1e-9);
  }
  flag('increase', (i) => raw[i]?.kind !== 'substitute' && (doses[i] ?? 0) > previous(i));
  // Each dose-time is measured on its own, so its error counts as well as the day's.
  flag('imprecise_measure', (i) =>
    (steps[i]?.doses ?? []).some((d) =>
      [d.realisation, ...d.times.map((t) => t.realisation)].some((r) => Math.abs(r.errorPercent) > MAX_REALISATION_ERROR * 100 + 1e-9),
    ),
  );
  if (measures.some((m) => m.homeMixture)) warnings.push(warning('home_mixture'));
  if (findForm(medication, input.form)?.status === 'unconfirmed') warnings.push(warning('unconfirmed_strengths'));
  flag('final_step', isFinalStop);
  return warnings;
}

export interface PlanOptions {
  readonly holds?: readonly Hold[];
}

/**
 * Computes a taper plan. Fails (never throws) when the plan must be refused, e.g. an abrupt stop for
 * someone taking the medicine daily for more than four weeks.
 */
export function planTaper(input: PlanInput, options: PlanOptions = {}): Result<Plan, PlanError> {
  const medication = findMedication(input.medicationId);
  if (!medication) return refuse('unknown_medication', 'medicationId');
  const measuring: MeasuringOptions = { syringeMl: input.syringeMl, mixVolumeMl: input.mixVolumeMl, strengthsMg: input.strengthsMg };
  const measure = resolveMeasure(medication, input.form, measuring);
  if (!measure) return refuse('form_unavailable', 'form');
  const shares = input.doseTimes.reduce((a, t) => a + t.share, 0);
  if (input.doseTimes.length === 0 || Math.abs(shares - 1) > 1e-6) return refuse('invalid_plan', 'doseTimes');
  // The end-point is on the plan's dose scale: mg of diazepam in a crossover, as the final step's dose is.
  const startScaleUg = input.strategy.kind === 'crossover' ? Math.round(toUg(input.currentDoseMg) * input.strategy.diazepamMgPerMg) : toUg(input.currentDoseMg);
  if (toUg(input.endpointMg) >= startScaleUg) return refuse('invalid_plan', 'endpointMg');
  if (input.floorMg !== undefined && toUg(input.floorMg) >= startScaleUg) return refuse('invalid_plan', 'floorMg');

  const startUg = toUg(input.currentDoseMg);
  const strategy = input.strategy;
  let raw: RawStep[] | undefined;
  let floorUg: Micrograms;
  const measures: Measure[] = [measure];

  if (strategy.kind === 'crossover') {
    const diazepam = findMedication(CROSSOVER_TARGET_ID);
    if (!diazepam || medication.id === CROSSOVER_TARGET_ID) return refuse('invalid_plan', 'strategy.kind');
    const diazepamMeasure = resolveMeasure(diazepam, strategy.diazepamForm, { syringeMl: input.syringeMl, mixVolumeMl: input.mixVolumeMl });
    if (!diazepamMeasure) return refuse('form_unavailable', 'strategy.diazepamForm');
    measures.push(diazepamMeasure);
    if (!isMeasurableEndpoint(input.endpointMg, diazepamMeasure)) return refuse('invalid_plan', 'endpointMg');
    floorUg = input.floorMg === undefined ? diazepamMeasure.smallestUg : toUg(input.floorMg);
    raw = crossoverRaw(input, strategy, { medication, measure }, diazepamMeasure, floorUg);
  } else {
    if (!isMeasurableEndpoint(input.endpointMg, measure)) return refuse('invalid_plan', 'endpointMg');
    floorUg = input.floorMg === undefined ? measure.smallestUg : toUg(input.floorMg);
    const endUg = input.endpointMg > 0 ? measure.floor(toUg(input.endpointMg)) : 0;
    const single = (doses: number[] | undefined, interval: number) =>
      doses && singleDrugRaw(doses, interval, endUg, medication.id, input.form, input.doseTimes, measure);
    switch (strategy.kind) {
      case 'proportional':
        raw = single(proportionalSteps(startUg, strategy.percent, endUg, floorUg, measure), strategy.intervalDays);
        break;
      case 'linear':
        raw = single(linearSteps(startUg, Math.max(1, toUg(strategy.stepMg)), endUg, floorUg, measure), strategy.intervalDays);
        break;
      case 'custom': {
        const last = strategy.steps[strategy.steps.length - 1];
        if (!last || toUg(last.doseMg) !== toUg(input.endpointMg)) return refuse('invalid_plan', 'strategy.steps');
        raw = strategy.steps.map((s, i) => {
          const doseUg = toUg(s.doseMg);
          const final = i === strategy.steps.length - 1;
          return {
            kind: final ? (doseUg === 0 ? 'stop' : 'maintain') : 'reduce',
            doseUg,
            days: final ? null : s.days,
            parts: [{ medicationId: medication.id, form: input.form, perTimeUg: splitOverTimes(doseUg, input.doseTimes, measure) }],
          };
        });
        break;
      }
    }
  }
  if (!raw) return refuse('plan_too_long');

  // An abrupt stop is refused outright for anyone physically dependent (JCPG 2025 recommendation 2).
  if (input.takenDailyOver4Weeks && startUg > 0 && raw[0]?.doseUg === 0) return refuse('abrupt_stop', 'strategy');

  // Dates, with holds lengthening their steps and shifting every later one.
  const holdDays = raw.map(() => 0);
  for (const hold of options.holds ?? []) {
    if (hold.stepIndex >= 0 && hold.stepIndex < raw.length && raw[hold.stepIndex]?.days !== null) {
      holdDays[hold.stepIndex] = (holdDays[hold.stepIndex] ?? 0) + hold.days;
    }
  }
  const offsets: number[] = [];
  let offset = 0;
  for (const [i, step] of raw.entries()) {
    offsets.push(offset);
    if (step.days !== null) offset += step.days + (holdDays[i] ?? 0);
    if (offset > MAX_PLAN_DAYS) return refuse('plan_too_long');
  }

  const measureOf = (medicationId: string) => (medicationId === medication.id ? measure : (measures[1] ?? measure));
  const steps: PlanStep[] = raw.map((step, i) => {
    const start: CalendarDate = addDays(input.startDate, offsets[i] ?? 0);
    const length = step.days === null ? null : step.days + (holdDays[i] ?? 0);
    const before = i === 0 ? startUg : (raw[i - 1]?.doseUg ?? 0);
    const doses: StepDose[] = step.parts.map((part) => {
      const m = measureOf(part.medicationId);
      const total = part.perTimeUg.reduce((a, b) => a + b, 0);
      return {
        medicationId: part.medicationId,
        form: part.form,
        mg: toMg(total),
        times: input.doseTimes.map((t, k) => ({ label: t.label, mg: toMg(part.perTimeUg[k] ?? 0), realisation: m.realise(part.perTimeUg[k] ?? 0) })),
        realisation: m.realise(total),
      };
    });
    return {
      index: i,
      kind: step.kind,
      start,
      end: length === null ? null : addDays(start, length - 1),
      days: length,
      doseMg: toMg(step.doseUg),
      cutPercent: step.kind === 'substitute' || before === 0 ? 0 : Number((((before - step.doseUg) / before) * 100).toFixed(2)),
      holdDays: holdDays[i] ?? 0,
      doses,
    };
  });

  return ok({
    medicationId: medication.id,
    doseScale: strategy.kind === 'crossover' ? CROSSOVER_TARGET_ID : medication.id,
    steps,
    warnings: checkGuardrails(input, medication, strategy.kind === 'crossover' ? Math.round(startUg * strategy.diazepamMgPerMg) : startUg, finalStopAllowanceUg(strategy, measures[measures.length - 1] ?? measure), raw, offsets, steps, measures),
    floorMg: toMg(floorUg),
  });
}

/** Days from the plan's start to its final step (its length when every step is kept). */
export function planLengthDays(plan: Plan): number {
  const first = plan.steps[0];
  const last = plan.steps[plan.steps.length - 1];
  return first && last ? daysBetween(first.start, last.start) : 0;
}
