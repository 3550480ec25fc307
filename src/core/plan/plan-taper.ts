/**
 * Turns a taper request into a dated, measurable schedule that keeps the guideline pace by construction.
 * Pure: the same input always gives the same plan. Doses are integer micrograms inside.
 *
 * Strategies (clinical.md §2.1, §3.2, §1.2):
 *  - proportional: each cut is a share of the current dose (the hyperbolic-style taper);
 *  - linear: a fixed amount each time;
 *  - crossover: the Ashton Manual switch to diazepam one dose-time at a time, then the diazepam rate table;
 *  - custom: the person's own steps, checked against the same rules (refused, not rewritten, when they break one).
 * The shared rules live in pace.ts (how fast, how small the last dose), paced-steps.ts (generating steps that keep
 * them), measure-chain.ts (what to measure with when a form can't), split.ts (dose-times) and crossover.ts.
 */
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import type { Micrograms } from '../dose.js';
import type { Medication } from '../medications/medication.js';
import { CROSSOVER_TARGET_ID, findForm, findMedication } from '../medications/registry.js';
import { err, ok, type Result } from '../result.js';
import { diazepamCutMg, publishedRatioRange, substitute } from './crossover.js';
import { MIN_INTERVAL_DAYS, MAX_LINEAR_CUT_SHARE, MAX_STEP_DOSE_TIMES } from './guardrails.js';
import { measureChain, type PlanMeasure } from './measure-chain.js';
import { MAX_REALISATION_ERROR, type MeasuringOptions } from './measuring.js';
import {
  cutsTooFast,
  defaultFloorUg,
  finalStopLimitUg,
  largestPacedCutUg,
  PACE_LIMIT,
  PACE_WINDOW_DAYS,
} from './pace.js';
import { pacedSteps, realisable, type CutRule, type PhaseResult, type RawStep } from './paced-steps.js';
import type {
  Hold,
  Pace,
  Plan,
  PlanAdjustment,
  PlanError,
  PlanErrorCode,
  PlanInput,
  PlanStep,
  PlanSuggestion,
  PlanWarning,
  StepDose,
  WarningCode,
} from './plan-types.js';
import { splitOverTimes } from './split.js';

export { resolveMeasure } from './measure-chain.js';
export { diazepamCutMg, publishedRatioRange, ratioFromTable } from './crossover.js';

/** No plan runs longer than this (days). */
export const MAX_PLAN_DAYS = 3653;
/** The most steps a plan with this many dose-times may have (MAX_STEP_DOSE_TIMES, guardrails.ts). */
export const maxStepsFor = (doseTimes: number): number => Math.floor(MAX_STEP_DOSE_TIMES / Math.max(1, doseTimes));
/** A request's cut may be realised up to this much larger when the form's steps are coarse (a 10 % request: 15 %). */
const REQUEST_TOLERANCE = 1.5;

interface Refusal {
  readonly field?: string;
  readonly steps?: readonly number[];
  readonly suggestions?: readonly PlanSuggestion[];
}

const refuse = (code: PlanErrorCode, detail: Refusal = {}): Result<never, PlanError> => err({ code, ...detail });

const toMg = (ug: Micrograms): number => ug / 1000;
const toUg = (mg: number): Micrograms => Math.round(mg * 1000);

/** What would make a plan possible that this form can't: a liquid where one exists, else a switch to diazepam. */
function suggestionsFor(medication: Medication, chain: readonly PlanMeasure[]): PlanSuggestion[] {
  const hasFinerWay = chain.some((m) => m.measure.homeMixture || m.form === 'liquid' || m.form === 'drops');
  const canMix =
    findForm(medication, 'tablet') !== undefined ||
    findForm(medication, 'odt') !== undefined ||
    findForm(medication, 'liquid') !== undefined;
  const suggestions: PlanSuggestion[] = [];
  if (!hasFinerWay && canMix) suggestions.push('liquid');
  // A mixture or liquid that still can't: its syringe's markings are too coarse for the small amounts at the end.
  if (hasFinerWay) suggestions.push('finer_syringe', 'fewer_dose_times');
  if (medication.id !== CROSSOVER_TARGET_ID) suggestions.push('crossover');
  return suggestions.length > 0 ? suggestions : ['smaller_cuts'];
}

/**
 * The person's amount at each dose-time today: the shares they gave, to the microgram. What they take now is not
 * rounded to what the form makes (2.5 mg morning and night from 5 mg, however diazepam tablets come): no dose-time of
 * the first step may be above it.
 */
function startingPerTime(startUg: Micrograms, input: PlanInput): Micrograms[] {
  const parts = input.doseTimes.map((t) => Math.floor(startUg * t.share + 1e-9));
  const largest = input.doseTimes.reduce((best, t, i) => (t.share > (input.doseTimes[best]?.share ?? 0) ? i : best), 0);
  parts[largest] = (parts[largest] ?? 0) + startUg - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** Today's amounts at each dose-time made with the first way of measuring that makes them all (for a switch). */
function measuredStart(
  startUg: Micrograms,
  input: PlanInput,
  chain: readonly PlanMeasure[],
): { readonly own: PlanMeasure; readonly perTimeUg: Micrograms[] } | undefined {
  // Exactly today's amounts: a rounded split would raise one dose-time on the first day of the switch.
  const exact = startingPerTime(startUg, input);
  const own = chain.find((m) => exact.every((ug) => m.measure.floor(ug) === ug && realisable(m.measure, ug)));
  return own ? { own, perTimeUg: exact } : undefined;
}

interface Built {
  readonly raw: RawStep[];
  readonly stopLimitUg: Micrograms;
  readonly floorUg: Micrograms;
  readonly startScaleUg: Micrograms;
  readonly adjustments: PlanAdjustment[];
  /** The measure the plan's scale starts with: the form chosen (a crossover: the diazepam form actually used). */
  readonly chosenScale: PlanMeasure | undefined;
}

function proportionalRule(percent: number): CutRule {
  return { target: (c) => c * (1 - percent / 100), toleratedCutUg: (c) => c * (percent / 100) * REQUEST_TOLERANCE };
}

function linearRule(stepUg: Micrograms): CutRule {
  return { target: (c) => c - stepUg, toleratedCutUg: () => stepUg * REQUEST_TOLERANCE };
}

function tableRule(cutSize: 'lower' | 'upper'): CutRule {
  // Either end of the band is the table's own; rounding may reach the upper end, never beyond it.
  return {
    target: (c) => c - toUg(diazepamCutMg(toMg(c), cutSize)),
    toleratedCutUg: (c) => toUg(diazepamCutMg(toMg(c), 'upper')),
  };
}

/** Too many steps × dose-times: larger cuts or longer steps (the strategy) would make it; so would fewer dose-times. */
const tooManySteps = (input: PlanInput) =>
  refuse('plan_too_long', {
    field: 'strategy',
    ...(input.doseTimes.length > 1 ? { suggestions: ['fewer_dose_times'] } : {}),
  });

function phaseFailure(
  result: Extract<PhaseResult, { ok: false }>,
  input: PlanInput,
  medication: Medication,
  chain: readonly PlanMeasure[],
): Result<never, PlanError> {
  return result.code === 'plan_too_long'
    ? tooManySteps(input)
    : refuse('pace_unreachable', { field: 'form', suggestions: suggestionsFor(medication, chain) });
}

function floorFor(
  input: PlanInput,
  scaleMedication: Medication,
  stopLimitUg: Micrograms,
): Result<Micrograms, PlanError> {
  if (input.floorMg === undefined) return ok(defaultFloorUg(scaleMedication));
  const floorUg = toUg(input.floorMg);
  // A higher floor would make the plan stop from more than the final-stop limit.
  if (floorUg > stopLimitUg) return refuse('floor_too_high', { field: 'floorMg' });
  return ok(floorUg);
}

function buildSingleDrug(
  input: PlanInput,
  medication: Medication,
  chain: readonly PlanMeasure[],
  pace: Pace,
): Result<Built, PlanError> {
  const startUg = toUg(input.currentDoseMg);
  const stopLimitUg = finalStopLimitUg(medication);
  const floor = floorFor(input, medication, stopLimitUg);
  if (!floor.ok) return floor;
  const floorUg = floor.value;
  const endUg = toUg(input.endpointMg);
  const startPerTimeUg = startingPerTime(startUg, input);
  const strategy = input.strategy;
  const base = { startUg, endUg, floorUg, stopLimitUg, startScaleUg: startUg, chosenScale: chain[0] };
  if (strategy.kind === 'custom') {
    const custom = customSteps(input, chain, startUg, startPerTimeUg, stopLimitUg, pace);
    return custom.ok ? ok({ ...base, raw: custom.value, adjustments: [] }) : custom;
  }
  if (strategy.kind === 'crossover') return refuse('invalid_plan', { field: 'strategy.kind' });
  const rule =
    strategy.kind === 'proportional'
      ? proportionalRule(strategy.percent)
      : linearRule(Math.max(1, toUg(strategy.stepMg)));
  const result = pacedSteps({
    startPerTimeUg,
    chain,
    firstMeasure: 0,
    pace,
    times: input.doseTimes,
    intervalDays: strategy.intervalDays,
    rule,
    maxSteps: maxStepsFor(input.doseTimes.length),
    ...base,
  });
  if (!result.ok) return phaseFailure(result, input, medication, chain);
  return ok({ ...base, raw: result.steps, adjustments: [] });
}

/** The person's own steps: measured with the first way that makes each dose exactly, refused where they break a rule. */
function customSteps(
  input: PlanInput,
  chain: readonly PlanMeasure[],
  startUg: Micrograms,
  startPerTimeUg: readonly Micrograms[],
  stopLimitUg: Micrograms,
  pace: Pace,
): Result<RawStep[], PlanError> {
  if (input.strategy.kind !== 'custom') return refuse('invalid_plan', { field: 'strategy.kind' });
  const steps = input.strategy.steps;
  const raw: RawStep[] = [];
  let previousUg = startUg;
  let perTime: readonly Micrograms[] = startPerTimeUg;
  let k = 0;
  const tooFast: number[] = [];
  for (const [i, step] of steps.entries()) {
    const doseUg = toUg(step.doseMg);
    const final = i === steps.length - 1;
    if (doseUg === 0 && previousUg > stopLimitUg)
      return refuse('abrupt_stop', { field: `strategy.steps.${i}.doseMg`, steps: [i] });
    // A stop is the last step: a plan that stops and starts again is not a taper.
    if (doseUg === 0 && !final) return refuse('invalid_plan', { field: `strategy.steps.${i}.doseMg`, steps: [i] });
    if (doseUg > 0 && previousUg - doseUg > largestPacedCutUg(previousUg, PACE_LIMIT[pace])) tooFast.push(i);
    // A step that does not rise may not raise any dose-time; a rise the person asked for is theirs (and flagged).
    const caps = doseUg <= previousUg ? perTime : undefined;
    let found: { readonly k: number; readonly parts: number[] } | undefined;
    for (let j = k; j < chain.length && !found; j++) {
      const measure = chain[j]?.measure;
      if (!measure || measure.floor(doseUg) !== doseUg) continue;
      const parts = splitOverTimes(doseUg, input.doseTimes, measure, caps);
      if (parts?.every((ug) => realisable(measure, ug))) found = { k: j, parts };
    }
    if (!found) return refuse('unmeasurable_dose', { field: `strategy.steps.${i}.doseMg`, steps: [i] });
    const plan = chain[found.k];
    if (!plan) return refuse('unmeasurable_dose', { field: `strategy.steps.${i}.doseMg`, steps: [i] });
    k = found.k;
    raw.push({
      kind: final ? (doseUg === 0 ? 'stop' : 'maintain') : 'reduce',
      doseUg,
      days: final ? null : step.days,
      parts: [{ medicationId: plan.medicationId, plan, perTimeUg: found.parts }],
      capped: false,
    });
    previousUg = doseUg;
    perTime = found.parts;
  }
  if (tooFast.length > 0)
    return refuse('too_fast', {
      field: `strategy.steps.${tooFast[0] ?? 0}.doseMg`,
      steps: tooFast,
      suggestions: ['smaller_cuts'],
    });
  return ok(raw);
}

function buildCrossover(
  input: PlanInput,
  medication: Medication,
  chain: readonly PlanMeasure[],
  pace: Pace,
  options: MeasuringOptions,
): Result<Built, PlanError> {
  const strategy = input.strategy;
  if (strategy.kind !== 'crossover') return refuse('invalid_plan', { field: 'strategy.kind' });
  const diazepam = findMedication(CROSSOVER_TARGET_ID);
  if (!diazepam || medication.id === CROSSOVER_TARGET_ID) return refuse('invalid_plan', { field: 'strategy.kind' });
  const diazepamChain = measureChain(diazepam, strategy.diazepamForm, {
    syringeMl: options.syringeMl,
    mixVolumeMl: options.mixVolumeMl,
  });
  if (diazepamChain.length === 0) return refuse('form_unavailable', { field: 'strategy.diazepamForm' });
  const startUg = toUg(input.currentDoseMg);
  // The drug's own amounts are measured with the first way that makes today's dose (tablets, else a liquid).
  const start = measuredStart(startUg, input, chain);
  if (!start) return refuse('unmeasurable_dose', { field: 'currentDoseMg', suggestions: ['liquid'] });
  const { own, perTimeUg: startPerTimeUg } = start;

  const startScaleUg = Math.round(startUg * strategy.diazepamMgPerMg);
  const stopLimitUg = finalStopLimitUg(diazepam);
  const floor = floorFor(input, diazepam, stopLimitUg);
  if (!floor.ok) return floor;
  const floorUg = floor.value;
  const endUg = toUg(input.endpointMg);
  const switched = substitute(strategy, own, diazepamChain, startPerTimeUg, input.doseTimes);
  if (!switched) return refuse('pace_unreachable', { field: 'strategy.diazepamForm', suggestions: ['liquid'] });
  const stages = switched.steps;
  const afterSwitchUg = switched.diazepamPerTimeUg.reduce((a, b) => a + b, 0);
  if (endUg > afterSwitchUg) return refuse('invalid_plan', { field: 'endpointMg' });
  const adjustments: PlanAdjustment[] = [];
  const used = diazepamChain[switched.measureIndex];
  if (own !== chain[0])
    adjustments.push({
      code: 'form_switch',
      steps: [0],
      medicationId: own.medicationId,
      form: own.form,
      homeMixture: own.measure.homeMixture,
    });
  if (switched.measureIndex > 0 && used)
    adjustments.push({
      code: 'form_switch',
      steps: [0],
      medicationId: used.medicationId,
      form: used.form,
      homeMixture: used.measure.homeMixture,
    });

  const taper = pacedSteps({
    startUg: afterSwitchUg,
    startPerTimeUg: switched.diazepamPerTimeUg,
    chain: diazepamChain,
    firstMeasure: switched.measureIndex,
    endUg,
    floorUg,
    stopLimitUg,
    pace,
    times: input.doseTimes,
    intervalDays: strategy.intervalDays,
    rule: tableRule(strategy.cutSize),
    maxSteps: Math.max(0, maxStepsFor(input.doseTimes.length) - stages.length),
  });
  if (!taper.ok) return phaseFailure(taper, input, diazepam, diazepamChain);
  const raw = [...stages, ...taper.steps];
  // The stages end the plan only when the end-point is the whole diazepam dose: the last stage then lasts.
  const last = raw[raw.length - 1];
  if (last?.kind === 'substitute') raw[raw.length - 1] = { ...last, kind: 'maintain', days: null };
  return ok({ raw, stopLimitUg, floorUg, startScaleUg, adjustments, chosenScale: used ?? diazepamChain[0] });
}

/** Start days from the plan's start, lengthening a step where the next cut would go faster than the pace. */
function datesKeepingPace(
  raw: readonly RawStep[],
  startScaleUg: Micrograms,
  stopLimitUg: Micrograms,
  pace: Pace,
): { readonly starts: number[]; readonly added: number[] } {
  const starts: number[] = [];
  const added = raw.map(() => 0);
  const doses = raw.map((r) => r.doseUg);
  for (const [i, step] of raw.entries()) {
    if (i === 0) {
      starts.push(0);
      continue;
    }
    const previous = raw[i - 1];
    let day = (starts[i - 1] ?? 0) + (previous?.days ?? 0);
    const exempt = step.kind === 'stop' && (doses[i - 1] ?? 0) <= stopLimitUg;
    if (exempt) {
      // The final stop is exempt from the 25 %, not from time: the dose before it lasts at least a week (the rate
      // table's 1-2 weeks; symptoms can take up to a week to show after a cut, clinical.md §2.2).
      const extra = Math.max(0, MIN_INTERVAL_DAYS - (previous?.days ?? MIN_INTERVAL_DAYS));
      added[i - 1] = extra;
      day += extra;
    } else {
      // Bounded: once the previous step has lasted 14 days the window holds only its dose, whose cut is paced.
      while (
        added[i - 1] !== undefined &&
        (added[i - 1] ?? 0) < PACE_WINDOW_DAYS &&
        cutsTooFast(starts, doses, startScaleUg, { day, doseUg: step.doseUg, limit: PACE_LIMIT[pace], count: i })
      ) {
        added[i - 1] = (added[i - 1] ?? 0) + 1;
        day += 1;
      }
    }
    starts.push(day);
  }
  return { starts, added };
}

function warning(code: WarningCode, steps: readonly number[] = []): PlanWarning {
  return { code, steps };
}

function checkGuardrails(
  input: PlanInput,
  medication: Medication,
  built: Built,
  offsets: readonly number[],
  steps: readonly PlanStep[],
  pace: Pace,
): PlanWarning[] {
  const { raw, startScaleUg, stopLimitUg } = built;
  const warnings: PlanWarning[] = [];
  const doses = raw.map((r) => r.doseUg);
  const flag = (code: WarningCode, predicate: (i: number) => boolean) => {
    const hits = raw.map((_, i) => i).filter(predicate);
    if (hits.length > 0) warnings.push(warning(code, hits));
  };
  const previous = (i: number) => (i === 0 ? startScaleUg : (doses[i - 1] ?? 0));
  const isStop = (i: number) => raw[i]?.kind === 'stop';
  const isCut = (i: number) => raw[i]?.kind !== 'substitute' && (doses[i] ?? 0) < previous(i);

  if (input.indication !== undefined && medication.specialistFirstFor.includes(input.indication))
    warnings.push(warning('specialist_first'));
  if (pace === 'prescriber-faster') warnings.push(warning('faster_pace_chosen'));
  if (input.strategy.kind === 'crossover') {
    const range = publishedRatioRange(medication);
    if (range && input.strategy.diazepamMgPerMg < range.high - 1e-9) warnings.push(warning('equivalence_lower_table'));
  }
  // At the guideline pace this never fires (the planner keeps the pace); it marks the cuts of a chosen faster pace.
  flag(
    'too_fast',
    (i) =>
      !(isStop(i) && previous(i) <= stopLimitUg) &&
      cutsTooFast(offsets, doses, startScaleUg, { day: offsets[i] ?? 0, doseUg: doses[i] ?? 0, count: i }),
  );
  flag('short_interval', (i) => i > 0 && isCut(i) && (offsets[i] ?? 0) - (offsets[i - 1] ?? 0) < MIN_INTERVAL_DAYS);
  if (input.strategy.kind === 'linear') {
    flag(
      'percent_creep',
      (i) =>
        !isStop(i) && previous(i) > 0 && (previous(i) - (doses[i] ?? 0)) / previous(i) > MAX_LINEAR_CUT_SHARE + 1e-9,
    );
  }
  flag('increase', (i) => raw[i]?.kind !== 'substitute' && (doses[i] ?? 0) > previous(i));
  // Each dose-time is measured on its own, so its error counts as well as the day's.
  flag('imprecise_measure', (i) =>
    (steps[i]?.doses ?? []).some((d) =>
      [d.realisation, ...d.times.map((t) => t.realisation)].some(
        (r) => Math.abs(r.errorPercent) > MAX_REALISATION_ERROR * 100 + 1e-9,
      ),
    ),
  );
  if (raw.some((r) => r.parts.some((p) => p.plan.measure.homeMixture))) warnings.push(warning('home_mixture'));
  if (findForm(medication, input.form)?.status === 'unconfirmed') warnings.push(warning('unconfirmed_strengths'));
  flag('final_step', isStop);
  return warnings;
}

/** What the planner changed from the request: measuring switches, capped cuts, lengthened steps, rounding. */
function adjustmentsOf(built: Built, added: readonly number[]): PlanAdjustment[] {
  const adjustments = [...built.adjustments];
  const scalePart = (r: RawStep | undefined) => r?.parts[r.parts.length - 1]?.plan;
  built.raw.forEach((step, i) => {
    const plan = scalePart(step);
    const before = i === 0 ? built.chosenScale : scalePart(built.raw[i - 1]);
    // Substitution stages introduce diazepam by design; a switch is a change of measure within one drug.
    if (step.kind !== 'stop' && plan && before && plan.medicationId === before.medicationId && plan !== before) {
      adjustments.push({
        code: 'form_switch',
        steps: [i],
        medicationId: plan.medicationId,
        form: plan.form,
        homeMixture: plan.measure.homeMixture,
      });
    }
  });
  const indexes = (predicate: (i: number) => boolean) => built.raw.map((_, i) => i).filter(predicate);
  const lengthened = indexes((i) => (added[i] ?? 0) > 0);
  if (lengthened.length > 0) adjustments.push({ code: 'interval_lengthened', steps: lengthened });
  const capped = indexes((i) => built.raw[i]?.capped === true);
  if (capped.length > 0) adjustments.push({ code: 'cut_capped', steps: capped });
  const rounded = indexes((i) => {
    const step = built.raw[i];
    return step?.exactUg !== undefined && step.exactUg !== step.doseUg;
  });
  if (rounded.length > 0) adjustments.push({ code: 'diazepam_rounded_down', steps: rounded });
  return adjustments;
}

export interface PlanOptions {
  /** The person's own holds: a plan with them may not run past MAX_PLAN_DAYS. */
  readonly holds?: readonly Hold[];
  /**
   * Holds made by red-flag pauses (red-flag-pause.ts). They lengthen the plan like the person's own, but a pause is
   * never refused: the plan may run past MAX_PLAN_DAYS by their length, so a paused plan always stays readable and
   * paused. They add no steps, so the work stays bounded by the steps × dose-times limit.
   */
  readonly pauseHolds?: readonly Hold[];
}

/**
 * Computes a taper plan. Fails (never throws) when the plan must be refused: a stop from more than the final-stop
 * limit, a custom cut faster than the guideline, a form that can't keep the pace, a ratio outside the tables.
 */
export function planTaper(input: PlanInput, options: PlanOptions = {}): Result<Plan, PlanError> {
  const medication = findMedication(input.medicationId);
  if (!medication) return refuse('unknown_medication', { field: 'medicationId' });
  const measuring: MeasuringOptions = {
    syringeMl: input.syringeMl,
    mixVolumeMl: input.mixVolumeMl,
    strengthsMg: input.strengthsMg,
  };
  const chain = measureChain(medication, input.form, measuring);
  if (chain.length === 0) return refuse('form_unavailable', { field: 'form' });
  const shares = input.doseTimes.reduce((a, t) => a + t.share, 0);
  if (input.doseTimes.length === 0 || Math.abs(shares - 1) > 1e-6)
    return refuse('invalid_plan', { field: 'doseTimes' });
  const pace: Pace = input.pace ?? 'guideline';
  const strategy = input.strategy;
  if (strategy.kind === 'crossover') {
    const range = publishedRatioRange(medication);
    const ratio = strategy.diazepamMgPerMg;
    if (!range || ratio < range.low - 1e-9 || ratio > range.high + 1e-9)
      return refuse('equivalence_out_of_range', { field: 'strategy.diazepamMgPerMg' });
  }
  // The end-point and floor are on the plan's dose scale: mg of diazepam in a crossover, as the final step's dose is.
  const startScaleUg =
    strategy.kind === 'crossover'
      ? Math.round(toUg(input.currentDoseMg) * strategy.diazepamMgPerMg)
      : toUg(input.currentDoseMg);
  if (toUg(input.endpointMg) >= startScaleUg) return refuse('invalid_plan', { field: 'endpointMg' });
  if (input.floorMg !== undefined && toUg(input.floorMg) >= startScaleUg)
    return refuse('invalid_plan', { field: 'floorMg' });
  // A maintenance dose must be one some way of measuring makes exactly; it is never rounded silently.
  const endUg = toUg(input.endpointMg);
  if (
    strategy.kind !== 'crossover' &&
    endUg > 0 &&
    !chain.some((m) => m.measure.floor(endUg) === endUg && realisable(m.measure, endUg))
  ) {
    return refuse('invalid_plan', { field: 'endpointMg' });
  }

  const built =
    strategy.kind === 'crossover'
      ? buildCrossover(input, medication, chain, pace, measuring)
      : buildSingleDrug(input, medication, chain, pace);
  if (!built.ok) return built;
  const { raw } = built.value;
  // Custom steps and a crossover's stages are counted here; generated steps stopped at the bound already.
  if (raw.length > maxStepsFor(input.doseTimes.length)) return tooManySteps(input);

  const { starts, added } = datesKeepingPace(raw, built.value.startScaleUg, built.value.stopLimitUg, pace);
  // Holds lengthen their step and shift every later one; they only ever slow a plan down.
  const holdDays = raw.map(() => 0);
  /** Adds the holds' days to their steps (a hold on the final, lasting step has nothing to lengthen); their total. */
  const lengthen = (holds: readonly Hold[]) => {
    let total = 0;
    for (const hold of holds) {
      if (hold.stepIndex >= 0 && hold.stepIndex < raw.length && raw[hold.stepIndex]?.days !== null) {
        holdDays[hold.stepIndex] = (holdDays[hold.stepIndex] ?? 0) + hold.days;
        total += hold.days;
      }
    }
    return total;
  };
  lengthen(options.holds ?? []);
  const pausedDays = lengthen(options.pauseHolds ?? []);
  const offsets: number[] = [];
  let held = 0;
  for (const [i, start] of starts.entries()) {
    offsets.push(start + held);
    held += holdDays[i] ?? 0;
    if ((offsets[i] ?? 0) > MAX_PLAN_DAYS + pausedDays) return refuse('plan_too_long');
  }

  const steps: PlanStep[] = raw.map((step, i) => {
    const start: CalendarDate = addDays(input.startDate, offsets[i] ?? 0);
    const length = step.days === null ? null : step.days + (added[i] ?? 0) + (holdDays[i] ?? 0);
    const before = i === 0 ? built.value.startScaleUg : (raw[i - 1]?.doseUg ?? 0);
    const doses: StepDose[] = step.parts.map((part) => {
      const total = part.perTimeUg.reduce((a, b) => a + b, 0);
      return {
        medicationId: part.medicationId,
        form: part.plan.form,
        mg: toMg(total),
        times: input.doseTimes.map((t, k) => ({
          label: t.label,
          mg: toMg(part.perTimeUg[k] ?? 0),
          realisation: part.plan.measure.realise(part.perTimeUg[k] ?? 0),
        })),
        realisation: part.plan.measure.realise(total),
      };
    });
    return {
      index: i,
      kind: step.kind,
      start,
      end: length === null ? null : addDays(start, length - 1),
      days: length,
      doseMg: toMg(step.doseUg),
      cutPercent:
        step.kind === 'substitute' || before === 0 ? 0 : Number((((before - step.doseUg) / before) * 100).toFixed(2)),
      holdDays: holdDays[i] ?? 0,
      addedDays: added[i] ?? 0,
      doses,
      ...(step.exactUg === undefined
        ? {}
        : {
            equivalence: {
              exactMg: toMg(step.exactUg),
              changePercent: Number((((step.doseUg - step.exactUg) / step.exactUg) * 100).toFixed(2)),
            },
          }),
    };
  });
  const first = steps[0];
  const last = steps[steps.length - 1];

  return ok({
    medicationId: medication.id,
    doseScale: strategy.kind === 'crossover' ? CROSSOVER_TARGET_ID : medication.id,
    startMg: toMg(built.value.startScaleUg),
    steps,
    warnings: checkGuardrails(input, medication, built.value, offsets, steps, pace),
    adjustments: adjustmentsOf(built.value, added),
    pace,
    floorMg: toMg(built.value.floorUg),
    finalStopLimitMg: toMg(built.value.stopLimitUg),
    durationDays: first && last ? daysBetween(first.start, last.start) : 0,
  });
}

/** Days from the plan's start to its final step (its length when every step is kept). */
export function planLengthDays(plan: Plan): number {
  return plan.durationDays;
}
