/**
 * The Plan screen's sentences in the active language: each is a message of this feature's catalogue
 * (locales/en.ts, de.ts) with its numbers and dates formatted by `f`. What is left here is the choice of message
 * (a code's name, one step or several, a tool) and the formatting of the values; no words are put together in code.
 * Screens get these through usePlanWords(); tests through createPlanWords(i18n).
 */
import { useMemo } from 'preact/hooks';
import type { PlanView } from '../../../api/plan-schemas.js';
import type { CalendarDate, MeasuringTool } from '../../../core/index.js';
import { knownWord } from '../../i18n/catalogue.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { doseWords } from './measure-words.js';

type StepKind = PlanView['steps'][number]['kind'];
type Words = Pick<I18n, 't' | 'f' | 'locale'>;
type DosePart = { readonly name: string; readonly mg: number };

/** One adjustment the planner made to keep the pace, with what it needs to be said. */
export interface AdjustmentWords {
  readonly code: string;
  readonly steps: readonly number[];
  readonly form: string | undefined;
  readonly medicine: string;
  readonly chosenForm: string;
  readonly faster: boolean;
  readonly homeMixture: boolean;
}

/** A step as the chart's description reads it: its daily dose and when it starts. */
type ChartStep = Pick<PlanView['steps'][number], 'doseMg' | 'start'>;

export function createPlanWords({ t, f, locale }: Words) {
  /** The message for a code the server sends (`plan.form.tablet`), or the code itself when the app has no name. */
  const named = (prefix: string, code: string): string => {
    const id = `${prefix}${code}`;
    return knownWord(t, id) ?? code;
  };
  const dose = doseWords({ t, f, locale });
  const { inText, timeName, formName, doses } = dose;
  /** Step numbers as people count them (the API counts from 0): "3", "3, 4 and 5". */
  const stepNumbers = (steps: readonly number[]) => ({
    count: steps.length,
    steps: f.list(steps.map((s) => String(s + 1))),
  });
  const sourceList = (ids: readonly string[]) => ids.map((id) => named('plan.source.', id)).join('; ');
  const dates = (start: CalendarDate, end: CalendarDate | null) =>
    end === null
      ? t('plan.datesFrom', { start: f.short(start) })
      : t('plan.dates', { start: f.short(start), end: f.short(end) });

  const plan = {
    medicationOption: (name: string, brands: readonly string[]) =>
      brands.length > 0 ? t('plan.medicationOption', { name, brands: brands.join(', ') }) : name,
    formName: (kind: string, homeMixture: boolean) => (homeMixture ? t('plan.formHomeMixture') : formName(kind)),
    dayDoses: dose.dayDoses,
    medicinesUnavailable: (reason: string) => t('plan.medicinesUnavailable', { reason }),
    timesOption: (count: number) => t('plan.timesOption', { count }),
    timeLabel: (position: number) => t('plan.timeLabel', { position }),
    timeName,
    timeMg: (label: string) => t('plan.timeMg', { time: timeName(label) }),
    customStep: (step: number) => t('plan.customStep', { step }),
    customEnd: (step: number) => t('plan.customEnd', { step }),
    customDaysLess: (step: number) => t('plan.customDaysLess', { step }),
    customDaysMore: (step: number) => t('plan.customDaysMore', { step }),
    removeStep: (step: number) => t('plan.removeStep', { step }),
    stepRemoved: (step: number) => t('plan.stepRemoved', { step }),
    stepAdded: (step: number) => t('plan.stepAdded', { step }),
    equivalentOption: (e: { readonly table: string; readonly mg: number; readonly ratio: number }, name: string) =>
      t('plan.equivalentOption', {
        table: named('plan.table.', e.table),
        dose: f.mg(e.mg),
        name: inText(name),
        ratio: f.number(e.ratio),
      }),
    sources: (ids: readonly string[]) => t('plan.sources', { sources: sourceList(ids) }),
    maintainHintDiazepam: (diazepamMg: number | undefined) =>
      diazepamMg === undefined
        ? t('plan.maintainHintDiazepamUnknown')
        : t('plan.maintainHintDiazepam', { dose: f.mg(diazepamMg) }),
    mixVolumeOption: (ml: string) => (ml === '' ? t('plan.mixVolumeAutomatic') : f.ml(Number(ml))),
    strengthOption: (mg: number) => t('plan.strengthOption', { strength: f.mg(mg) }),
    syringeOption: (ml: string) => f.ml(Number(ml)),
    highDose: (mg: number, name: string) => t('plan.highDose', { dose: f.mg(mg), name: inText(name) }),
    savedLine: (revision: number, at: string) => t('plan.savedLine', { revision, day: f.dayOf(at) }),
    warningSteps: (steps: readonly number[]) => t('plan.warningSteps', stepNumbers(steps)),
    scheduleCaption: (count: number, scale: string) => t('plan.scheduleCaption', { count, scale: inText(scale) }),
    stepNumber: (step: number, kind: StepKind) => t('plan.stepNumber', { step, kind: t(`plan.kind.${kind}`) }),
    dates,
    held: (count: number) => t('plan.held', { count }),
    mg: (value: number) => f.mg(value),
    cut: (percent: number) => (percent === 0 ? t('plan.noCut') : t('plan.cut', { percent: f.number(percent) })),
    medicineLine: dose.medicineLine,
    timeLine: dose.timeLine,
    timesLine: dose.timesLine,
    addedDays: (count: number) => t('plan.addedDays', { count }),
    equivalence: (exactMg: number, changePercent: number) =>
      changePercent === 0
        ? t('plan.equivalenceSame', { dose: f.mg(exactMg) })
        : t('plan.equivalenceRounded', { dose: f.mg(exactMg), percent: f.number(Math.abs(changePercent)) }),
    /** "Step chart of the daily dose: 2 mg from …, down to 0 mg from …, in 12 steps." */
    chartLabel: (steps: readonly ChartStep[], holds: number) => {
      const first = steps[0];
      const last = steps[steps.length - 1];
      if (!first || !last) return '';
      const values = {
        from: f.mg(first.doseMg),
        to: f.mg(last.doseMg),
        start: f.long(first.start),
        last: f.long(last.start),
        steps: steps.length,
      };
      return holds === 0 ? t('plan.chartLabel', values) : t('plan.chartLabelHeld', { ...values, holds });
    },
    chartUnit: (scale: string) => t('plan.chartUnit', { scale: inText(scale) }),
    chartDate: (date: CalendarDate) => f.short(date),
    chartMonth: (date: CalendarDate) => f.monthYear(date),
    holdLine: (step: number, days: number, reason: string) => t('plan.holdLine', { step, days, reason }),
    holdStepOption: (step: number, start: CalendarDate, mg: number) =>
      t('plan.holdStepOption', { step, start: f.short(start), dose: f.mg(mg) }),
    printHint: (count: number) => t('plan.printHint', { count }),
    cardTitle: (step: number) => t('plan.card.title', { step }),
    duration: (days: number) =>
      days === 0
        ? t('plan.oneStep')
        : t('plan.duration', { weeks: Math.round(days / 7), months: Math.round(days / 30.44) }),
    finalStop: (limitMg: number, scale: string, isDiazepam: boolean) => {
      const values = { dose: f.mg(limitMg), scale: inText(scale) };
      return isDiazepam ? t('plan.finalStop', values) : t('plan.finalStopEquivalent', values);
    },
    adjustment: (a: AdjustmentWords) => {
      const at = stepNumbers(a.steps);
      const what = { ...at, medicine: inText(a.medicine), chosenForm: inText(a.chosenForm) };
      switch (a.code) {
        case 'form_switch':
          if (a.homeMixture) return t('plan.adjust.homeMixture', what);
          return a.form === 'liquid'
            ? t('plan.adjust.liquid', what)
            : t('plan.adjust.form', { ...what, form: inText(formName(a.form ?? '')) });
        case 'interval_lengthened':
          return t('plan.adjust.interval', at);
        case 'cut_capped':
          return a.faster ? t('plan.adjust.cappedFaster', at) : t('plan.adjust.capped', at);
        case 'diazepam_rounded_down':
          return t('plan.adjust.rounded', at);
        default:
          return '';
      }
    },
  };

  const pause = {
    because: (label: string, since: CalendarDate) => t('plan.pause.because', { label, day: f.long(since) }),
    held: (step: number, parts: readonly DosePart[]) => t('plan.pause.held', { step, doses: doses(parts) }),
    nextCut: (date: CalendarDate) => t('plan.pause.nextCut', { day: f.long(date) }),
    wentOn: (date: CalendarDate | undefined) =>
      date === undefined ? t('plan.pause.wentOn') : t('plan.pause.wentOnNext', { day: f.long(date) }),
    unsent: (label: string) => t('plan.pause.unsent', { label }),
    pastLine: (
      p: { readonly label: string; readonly since: CalendarDate; readonly until: CalendarDate },
      days: number,
    ) => t('plan.pause.pastLine', { label: p.label, since: f.short(p.since), until: f.short(p.until), days }),
  };

  const facts = {
    heading: (name: string) => t('plan.facts.heading', { name }),
    halfLife: (low: number, high: number, metaboliteHigh: number | undefined) =>
      metaboliteHigh === undefined
        ? t('plan.facts.halfLife', { low: f.number(low), high: f.number(high) })
        : t('plan.facts.halfLifeMetabolite', {
            low: f.number(low),
            high: f.number(high),
            metabolite: f.number(metaboliteHigh),
          }),
    /** How sure a published figure is, in plain words, with where it comes from. */
    evidence: (status: string, ids: readonly string[]) => {
      if (status === 'confirmed' && ids.length > 0) return t('plan.facts.confirmed', { sources: sourceList(ids) });
      if (status === 'secondary' && ids.length > 0) return t('plan.facts.secondary', { sources: sourceList(ids) });
      return t('plan.facts.unchecked');
    },
    equivalent: (table: string, mgLow: number, mgHigh: number) =>
      t('plan.facts.equivalent', {
        table: named('plan.factTable.', table),
        dose:
          mgLow === mgHigh ? f.number(mgLow) : t('plan.facts.range', { low: f.number(mgLow), high: f.number(mgHigh) }),
      }),
  };

  const screen = {
    stepLabel: (step: number, total: number) => t('plan.screen.stepLabel', { step, total }),
    during: (start: CalendarDate, end: CalendarDate | null) =>
      end === null
        ? t('plan.screen.since', { day: f.long(start) })
        : t('plan.screen.during', { start: f.long(start), end: f.long(end) }),
    from: (start: CalendarDate) => t('plan.screen.from', { day: f.long(start) }),
    showPast: (count: number) => t('plan.screen.showPast', { count }),
  };

  /** "a 1 mL oral syringe", "a 100 mL measuring cylinder". */
  const toolText = (tool: MeasuringTool) => t('plan.tool', { tool: tool.tool, capacity: f.ml(tool.capacityMl) });

  const card = {
    strengths: (mgs: readonly number[]) => t('plan.card.strengths', { strengths: f.list(mgs.map(f.mg)) }),
    concentration: (mgPerMl: number) => t('plan.card.concentration', { concentration: f.number(mgPerMl) }),
    homeMixture: t('plan.card.homeMixture'),
    dropStrength: (mgPerDrop: number) => t('plan.card.dropStrength', { dose: f.mg(mgPerDrop) }),
    tools: (tools: readonly string[]) => t('plan.card.tools', { tools: f.list(tools) }),
    medicine: (name: string, details: readonly string[]) =>
      details.length === 0 ? name : t('plan.card.medicine', { name, details: details.join(' · ') }),
  };

  return { plan, pause, facts, screen, card, toolText, warning, refusal };

  function warning(code: string): { readonly message: string; readonly source: string } {
    return { message: named('plan.warning.', code), source: named('plan.warningSource.', code) };
  }

  function refusal(code: string): string {
    return named('plan.refusal.', code);
  }
}

export type PlanWords = ReturnType<typeof createPlanWords>;

/** The plan's words in the language the screen is shown in (made once per language). */
export function usePlanWords(): PlanWords {
  const i18n = useI18n();
  return useMemo(() => createPlanWords(i18n), [i18n]);
}
