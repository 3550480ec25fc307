/**
 * Every word the web app shows, in one place. Components never hold literal text: they read it
 * from here, so wording can be reviewed (and later translated) without touching the UI code.
 * Tone: short sentences, calm, kind, no blame.
 */
import type { PlanView } from '../api/plan-schemas.js';
import type { CalendarDate, IntakeForm, PlanSourceId, Severity } from '../core/index.js';

type StepKind = PlanView['steps'][number]['kind'];

const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { 0: 'None', 1: 'Mild', 2: 'Moderate', 3: 'Severe' };

const GROUP_NAMES: Readonly<Record<string, string>> = {
  sensory: 'Senses',
  motor: 'Muscles and movement',
  sleep: 'Sleep',
  mood: 'Mood',
  cognitive: 'Thinking and memory',
  autonomic: 'Body (heart, sweating, breathing)',
  gastrointestinal: 'Stomach and gut',
  perceptual: 'Perception',
};

const TAG_WORDS: Readonly<Record<string, string>> = {
  stress: 'Stress',
  illness: 'Illness',
  caffeine: 'Caffeine',
  alcohol: 'Alcohol',
  exercise: 'Exercise',
  'breathing-practice': 'Breathing practice',
  'missed-dose': 'Missed a dose',
};

type AdherenceStatus = 'as-planned' | 'less' | 'much-less' | 'more' | 'missed' | 'not-recorded' | 'no-plan';

const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' });

/** Readable names for the source ids the API sends with a medication (docs/SOURCES.md has the full references). */
const PLAN_SOURCE_NAMES: Readonly<Record<PlanSourceId, string>> = {
  'ashton-equivalence-2007': 'Ashton equivalence table (revised April 2007)',
  'va-dod-2021': 'VA/DoD guideline (2021)',
  'jcpg-2025': 'Joint Clinical Practice Guideline (2025)',
  'nhs-scotland': 'NHS Scotland switching table',
  'bluelight-chart': 'Bluelight conversion chart',
  openfda: 'openFDA drug labels',
  'roche-rivotril': 'Roche Rivotril leaflet',
  'nice-cks': 'NICE CKS',
  'va-handout': 'VA patient handout',
};
const SOURCE_NAMES: Readonly<Record<string, string | undefined>> = PLAN_SOURCE_NAMES;
const sourceList = (ids: readonly string[]): string => ids.map((id) => SOURCE_NAMES[id] ?? id).join('; ');

/** How sure a published figure is, in plain words, with where it comes from. */
function evidenceText(status: string, ids: readonly string[]): string {
  if (status === 'confirmed' && ids.length > 0) return `Source: ${sourceList(ids)}.`;
  if (status === 'secondary' && ids.length > 0)
    return `From a secondary table, not yet checked against the original: ${sourceList(ids)}.`;
  return 'Not yet checked against a published source. Please check it with your pharmacist.';
}

/** The equivalence tables by the name and date a person can look up. */
const FACT_TABLE_NAMES: Readonly<Record<string, string | undefined>> = {
  ashton: 'Ashton (2007 table)',
  'va-dod': 'VA/DoD (2021)',
};

const TABLE_NAMES: Readonly<Record<string, string>> = { ashton: 'Ashton Manual', 'va-dod': 'VA/DoD 2021' };

const FORM_NAMES: Readonly<Record<string, string>> = {
  tablet: 'Tablets',
  odt: 'Tablets that melt in the mouth (ODT)',
  capsule: 'Capsules',
  liquid: 'Liquid (from the pharmacy)',
  drops: 'Drops',
};

const TIME_NAMES: Readonly<Record<string, string>> = {
  morning: 'Morning',
  midday: 'Midday',
  night: 'Night',
  daily: 'Daily',
};

const STEP_KIND_NAMES: Readonly<Record<StepKind, string>> = {
  substitute: 'switch',
  reduce: 'cut',
  stop: 'stop',
  maintain: 'stay',
};

const mgText = (mg: number): string => `${NUMBER.format(mg)} mg`;

function listText(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

const WEEKDAY_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

function toLocalDate(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

const FORM_WORDS: Readonly<Record<IntakeForm, string>> = {
  tablet: 'Tablet',
  liquid: 'Liquid',
  'water-mixture': 'Water mixture',
  drops: 'Drops',
};

/** 'HH:MM' from minutes after midnight. */
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A plain length of time: "40 min", "2 h", "2 h 15 min". */
function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const messages = {
  listText,
  educational:
    'Taper Companion is for education and self-tracking. It is not medical advice. Talk with your prescriber before changing your dose.',

  today: {
    symptomsHeading: 'Symptoms',
    groupHeading: (group: string) => GROUP_NAMES[group] ?? group,
    detailsHeading: 'Sleep, dose and note',
    sleepLabel: 'Hours slept',
    sleepHint: 'Leave empty if you did not record it.',
    sleepLess: 'Half an hour less sleep',
    sleepMore: 'Half an hour more sleep',
    sleepLessSymbol: '−',
    sleepMoreSymbol: '+',
    sleepClear: 'Not recorded',
    sleepClearLabel: 'Sleep not recorded',
    doseLabel: 'Dose taken today (mg)',
    doseHint: 'For example 0.5. Leave empty if you do not want to record it.',
    doseFromLog: (mg: number) => `Dose today: ${mgText(mg)}, from “Doses taken today” above. Change it there.`,
    doseInLog:
      'During the switch you take two medicines: log each one in “Doses taken today” above. That is your dose record for the day.',
    noteLabel: 'Note',
    noteHint: 'Anything you want to remember. Optional.',
    noteCounter: (used: number, max: number) => `${used} of ${max} characters`,
    save: 'Save check-in',
    saving: 'Saving…',
    saved: 'Saved',
    savedOnDevice: 'Saved on this device. It will be added to your account as soon as it can be sent.',
    refusedLater: 'Saved on this device, but your account could not take it. See the note at the top of the screen.',
    superseded:
      'Another device saved a later version of this day, so that one is shown. Yours is kept in the day’s history.',
    loadingCheckin: 'Loading today’s check-in…',
    symptomsUnavailable: 'The symptom list could not be loaded. You can still save sleep, dose and a note.',
    draftRestored: 'We restored entries you had not saved yet.',
    yesterdayUnsaved: (date: CalendarDate) =>
      `You started a check-in for ${WEEKDAY_DATE.format(toLocalDate(date))} and did not save it. It is kept here.`,
    yesterdaySave: (date: CalendarDate) => `Save it for ${WEEKDAY_DATE.format(toLocalDate(date))}`,
    yesterdayDiscard: 'Discard it',
    yesterdaySaved: (date: CalendarDate) => `Saved the check-in for ${WEEKDAY_DATE.format(toLocalDate(date))}.`,
    noPinned: 'You are not tracking any symptoms yet.',
    chooseSymptoms: 'Choose what I track',
    sameFilled: 'Filled in from yesterday. Change anything that is different, then save.',
    tagsHeading: 'Anything else today?',
    tagsHint: 'Tap any that apply. Tap again to undo.',
    tag: (tag: string) => TAG_WORDS[tag] ?? tag,
    aboutTiming: (text: string) => `When: ${text}`,
    aboutTip: (text: string) => `What may help: ${text}`,
    aboutHelp: (text: string) => `When to get help: ${text}`,
  },

  dose: {
    heading: 'Doses taken today',
    takePlanned: (what: string) => `I took today’s planned dose (${what})`,
    amount: (mg: number) => mgText(mg),
    named: (medicine: string, mg: number) => `${medicine} ${mgText(mg)}`,
    medicineLegend: 'Which medicine',
    logLabel: 'Dose taken (mg)',
    logHint: 'For example 0.5.',
    log: 'Log a dose',
    logging: 'Saving…',
    none: 'No doses logged today yet.',
    line: (what: string, at: string, form: IntakeForm | null) =>
      `${what}${form ? ` (${FORM_WORDS[form].toLowerCase()})` : ''} at ${TIME.format(new Date(at))}`,
    timing: (kind: 'on-time' | 'early' | 'late', doseTime: number, offset: number) =>
      kind === 'on-time'
        ? `Around your ${clock(doseTime)} dose time.`
        : `${duration(Math.abs(offset))} ${kind === 'early' ? 'before' : 'after'} your ${clock(doseTime)} dose time.`,
    detailsSummary: (hasPlan: boolean) => (hasPlan ? 'A different amount, time or note' : 'Log a dose'),
    timesHint: 'To see whether a dose was early or late, set your dose times.',
    timesLink: 'Set dose times',
    timeLabel: 'Time taken',
    timeHint: 'Change it if you took it earlier today.',
    timeInvalid: 'Please enter a time today that is not later than now.',
    formLegend: 'How I took it',
    formNotSaid: 'Not saying',
    form: (form: IntakeForm) => FORM_WORDS[form],
    noteLabel: 'Note about this dose',
    noteHint: 'Optional. For example: with food, or measured with the 1 ml syringe.',
    undo: 'Undo',
    undoLabel: (what: string, at: string) => `Undo ${what} at ${TIME.format(new Date(at))}`,
    logged: (what: string) => `Logged ${what}. Tap Undo if that was a mistake.`,
    undone: 'Removed.',
    loggedOnDevice: (what: string) =>
      `Logged ${what} on this device. It will be added to your account as soon as it can be sent.`,
    notSent: 'not sent yet',
    invalid: 'Please enter the dose in mg as a number, for example 0.5.',
  },

  questionnaires: {
    title: 'Questionnaires',
    intro: 'Choose a questionnaire. It takes a few minutes.',
    loading: 'Loading questionnaires…',
    loadFailed: (reason: string) => `The questionnaires could not be loaded. ${reason}`,
    choose: 'Which questionnaire?',
    question: (n: number, total: number) => `Question ${n} of ${total}`,
    observer: 'Meant for a trained observer; your own rating is not validated.',
    /** Shown above the first question whenever the questions or scoring are not confirmed. */
    evidenceHeading: (evidence: string) =>
      evidence === 'secondary'
        ? 'Questions from secondary sources'
        : 'These questions are not yet checked against the original paper',
    optionalHeading: 'About your sleep (not scored)',
    hours: 'Hours',
    minutes: 'Minutes',
    numberInvalid: (max: number) => `Please enter a number from 0 to ${max}, or leave it empty.`,
    submit: 'Save answers',
    saving: 'Saving…',
    unanswered: (n: number) => `Please answer every question. ${plural(n, 'question is', 'questions are')} still open.`,
    resultHeading: 'Your result',
    score: (score: number, max: number) => `Score: ${score} of ${max}.`,
    band: (label: string) => `Band: ${label}.`,
    totalOnly: 'There is no validated cut-off for this questionnaire, so it gives a total only, without bands.',
    resultUnchecked:
      'The questions and scoring are not yet checked against the original paper. Compare this total only with your own earlier totals.',
    pastHeading: 'Past results',
    noPast: 'No results yet.',
    pastLine: (date: CalendarDate, score: number, max: number, band: string | null) =>
      `${SHORT_DATE.format(toLocalDate(date))}: ${score} of ${max}${band ? `, ${band}` : ''}`,
    citation: (text: string) => `Source: ${text}`,
    savedOnDevice: 'Saved on this device. It will be added to your account as soon as it can be sent.',
    contactClinician:
      'This score is in the severe or very severe band. Please contact your prescriber or another clinician today and tell them your score. If you have a seizure, confusion, hallucinations or thoughts of harming yourself, call your local emergency number now.',
  },

  planPause: {
    heading: 'Your plan is paused',
    intro: 'No cut happens until you say it is safe to go on. Stay on the dose you take now.',
    because: (label: string, since: CalendarDate) =>
      `Since ${LONG_DATE.format(toLocalDate(since))}: you told us “${label}”.`,
    held: (step: number, doses: readonly { readonly name: string; readonly mg: number }[]) =>
      `Step ${step} (${listText(doses.map((d) => `${mgText(d.mg)} ${d.name.toLowerCase()}`))} a day) lasts until then.`,
    offline: 'No connection right now, so the plan stays paused. Please try again when you are online.',
    notStarted: 'Your plan does not start until then.',
    advice: 'It is best to talk with your prescriber first. Go on only when you feel safe and, ideally, they agree.',
    nextCut: (date: CalendarDate) =>
      `If you go on today, the next change is on ${LONG_DATE.format(toLocalDate(date))}.`,
    noNextCut: 'There are no more changes in this plan.',
    goOn: 'It is safe to go on',
    confirmQuestion: 'Are you sure it is safe to go on with your plan?',
    confirmYes: 'Yes, go on with the plan',
    confirmNo: 'Not yet',
    sending: 'Saving…',
    wentOn: (date: CalendarDate | undefined) =>
      date === undefined
        ? 'Your plan goes on.'
        : `Your plan goes on. The next change is on ${LONG_DATE.format(toLocalDate(date))}.`,
    calendarAgain: 'If you added the plan to your calendar, download it again: the dates have moved.',
    unsent: (label: string) =>
      `You recorded “${label}” on this device. It has not reached your account yet, so the plan below does not show the pause. Please do not make the next cut until it has.`,
    pastHeading: 'Earlier pauses',
    pastLine: (label: string, since: CalendarDate, until: CalendarDate, days: number) =>
      `${SHORT_DATE.format(toLocalDate(since))} to ${SHORT_DATE.format(toLocalDate(until))}, after “${label}”: ${plural(days, 'day', 'days')} added.`,
    unknownKind: (kind: string) => kind.replace(/-/g, ' '),
  },

  highDose: {
    notice: (mg: number, name: string) =>
      `${mgText(mg)} of ${name.toLowerCase()} a day is far above the usual range: more than the equivalent of 40 mg of diazepam (Ashton’s table). A taper from a dose this high needs a plan made with your prescriber or a specialist. You can still look at a plan here to take with you.`,
  },

  adherence: {
    heading: 'Doses',
    /** `medicine`: the medicine's name when the day has two (a switch), so amounts of two drugs are never run together. */
    status: (status: AdherenceStatus, planned: number | null, taken: number, medicine?: string) => {
      const of = medicine === undefined ? '' : ` of ${medicine.toLowerCase()}`;
      switch (status) {
        case 'as-planned':
          return `Dose${of} as planned (${mgText(taken)}).`;
        case 'less':
          return `Took ${mgText(taken)}${of}; the plan said ${mgText(planned ?? 0)}.`;
        case 'much-less':
          return `Took ${mgText(taken)}${of}, less than half of the ${mgText(planned ?? 0)} planned.`;
        case 'more':
          return `Took ${mgText(taken)}${of}; the plan said ${mgText(planned ?? 0)}.`;
        case 'missed':
          return medicine === undefined
            ? 'No dose logged on this day.'
            : `No ${medicine.toLowerCase()} logged on this day.`;
        case 'not-recorded':
          return medicine === undefined ? 'Dose not recorded.' : `${medicine}: dose not recorded.`;
        case 'no-plan':
          return taken > 0 ? `Took ${mgText(taken)}.` : 'No dose logged.';
      }
    },
    riskHeading: (codes: readonly string[]) =>
      codes.every((c) => c === 'missed_days')
        ? 'Missed doses: please act today'
        : codes.every((c) => c === 'far_below_plan')
          ? 'Much less than planned: please act today'
          : 'Doses: please act today',
    riskIntro: (days: number, from: CalendarDate, to: CalendarDate) =>
      `No dose was logged for ${plural(days, 'day', 'days')} (${SHORT_DATE.format(toLocalDate(from))} to ${SHORT_DATE.format(toLocalDate(to))}). If you did take them, you can ignore this.`,
    farBelowIntro: (days: number, from: CalendarDate, to: CalendarDate) =>
      days === 1
        ? `On ${SHORT_DATE.format(toLocalDate(from))} you took less than half of a planned dose. A drop that large works like a big sudden cut. If you did take it all, you can ignore this.`
        : `On ${plural(days, 'day', 'days')} (${SHORT_DATE.format(toLocalDate(from))} to ${SHORT_DATE.format(toLocalDate(to))}) you took less than half of a planned dose. A drop that large works like a big sudden cut. If you did take it all, you can ignore this.`,
    checkinSource: 'From the dose in your check-in.',
    supplyHeading: 'If one of these applies, tap it for what to do',
  },

  severity: (value: Severity) => SEVERITY_WORDS[value],

  todayPlan: {
    heading: 'Today’s planned dose',
    step: (number: number, start: CalendarDate, end: CalendarDate | null) =>
      end === null
        ? `Step ${number}, from ${SHORT_DATE.format(toLocalDate(start))}.`
        : `Step ${number}, until ${SHORT_DATE.format(toLocalDate(end))}.`,
    medicines: (names: readonly string[]) => `${names.length > 1 ? 'Medicines' : 'Medicine'}: ${listText(names)}`,
    notStarted: (start: CalendarDate) => `Your plan starts on ${LONG_DATE.format(toLocalDate(start))}.`,
    prefilled: 'Filled in from your plan. Change it if you took a different amount.',
    openPlan: 'Open your plan',
  },

  plan: {
    title: 'Your taper plan',
    loadingPlan: 'Loading your plan…',
    medicinesUnavailable: (reason: string) => `The list of medicines could not be loaded. ${reason}`,
    retry: 'Try again',
    aboutHeading: 'Your medicine',
    medication: 'Medicine',
    medicationOption: (name: string, brands: readonly string[]) =>
      brands.length > 0 ? `${name} (${brands.join(', ')})` : name,
    chooseMedication: 'Choose your medicine',
    form: 'Form',
    formHint: 'What you take it as. A home water mixture lets the steps be smaller.',
    formName: (kind: string, homeMixture: boolean) =>
      homeMixture ? 'Liquid (home water mixture)' : (FORM_NAMES[kind] ?? kind),
    dose: 'Current daily dose (mg)',
    doseHint: 'All of it over one day, for example 2 or 0.75.',
    timesLegend: 'How many times a day do you take it?',
    timesOption: (n: number) => (n === 1 ? 'Once' : n === 2 ? 'Twice' : 'Three times'),
    timeLabel: (position: number) => `Dose ${position}: when`,
    timeName: (label: string) => TIME_NAMES[label] ?? label,
    splitLegend: 'How is it split?',
    splitEqual: 'Equal amounts',
    splitOwn: 'I enter the amounts',
    timeMg: (label: string) => `${TIME_NAMES[label] ?? label} dose (mg)`,
    strategyHeading: 'How to taper',
    strategyLegend: 'Choose a way to taper',
    proportional: 'Proportional (recommended)',
    proportionalHint: 'Cut a percentage of the current dose. The cuts get smaller as the dose gets smaller.',
    linear: 'Fixed amount',
    linearHint: 'Cut the same number of mg each time. Late cuts become large; the app warns when they do.',
    crossover: 'Switch to diazepam (Ashton method)',
    crossoverHint: 'Replace your medicine with diazepam one dose at a time, then taper diazepam slowly.',
    custom: 'My own steps',
    customHint: 'Enter each step yourself: the daily dose and how many days to stay on it.',
    customLegend: 'Your steps',
    customIntro:
      'From your first step to your end point. The last row is where you end: 0 to stop, or the dose you will stay on.',
    customStep: (n: number) => `Step ${n}`,
    customEnd: (n: number) => `Step ${n}: end point`,
    customDose: 'Daily dose (mg)',
    customEndDose: 'End point (mg a day)',
    customEndHint: '0 to stop. This dose then continues.',
    customDays: 'Days on this step',
    customDaysLess: (n: number) => `One day fewer on step ${n}`,
    customDaysMore: (n: number) => `One day more on step ${n}`,
    addStep: 'Add a step',
    addStepHint: 'Adds a step before the end point.',
    remove: 'Remove',
    removeStep: (n: number) => `Remove step ${n}`,
    stepRemoved: (n: number) => `Step ${n} removed.`,
    stepAdded: (n: number) => `Step ${n} added.`,
    diazepamFormLegend: 'Which diazepam will you use?',
    diazepamLiquid: 'Diazepam liquid 1 mg/mL (finer steps)',
    diazepamTablet: 'Diazepam tablets 2, 5, 10 mg',
    percent: 'Cut each time (%)',
    percentHint: 'Of the dose you take at that point. 5 to 10 % is a common start; at most 25 %.',
    percentLess: 'One percent less',
    percentMore: 'One percent more',
    interval: 'Days between cuts',
    intervalHint: 'At least 7. Two weeks (14) is a common choice.',
    intervalLess: 'One day fewer',
    intervalMore: 'One day more',
    stepMg: 'Amount to cut each time (mg)',
    stepMgHint: 'For example 0.25.',
    less: '−',
    more: '+',
    equivalentLegend: 'Which equivalent do you want to use?',
    equivalentIntro:
      'The published tables disagree on how much diazepam replaces your medicine. Please choose one with your prescriber. The app never converts without your choice.',
    equivalentOption: (table: string, mg: number, name: string, ratio: number) =>
      `${TABLE_NAMES[table] ?? table}: ${NUMBER.format(mg)} mg ${name.toLowerCase()} ≈ 10 mg diazepam (ratio ${NUMBER.format(ratio)})`,
    sources: (ids: readonly string[]) => `Sources: ${sourceList(ids)}.`,
    noEquivalents:
      'There is no published equivalent for this medicine in our list, so the switch cannot be planned here.',
    detailsHeading: 'When and how far',
    startDate: 'Start date',
    startDateHint: 'The first cut happens on this day.',
    endpointLegend: 'Where do you want to end?',
    endpointStop: 'Stop completely',
    endpointMaintain: 'Stay on a smaller dose',
    maintainMg: 'Dose to stay on (mg a day)',
    maintainMgDiazepam: 'Diazepam dose to stay on (mg of diazepam a day)',
    maintainHintDiazepam: (diazepamMg: number | undefined) =>
      diazepamMg === undefined
        ? 'After a switch you stay on diazepam, so this is in mg of diazepam. Choose an equivalent above to see your dose in diazepam.'
        : `After a switch you stay on diazepam, so this is in mg of diazepam. Your current dose is about ${mgText(diazepamMg)} of diazepam with the equivalent you chose.`,
    moreOptions: 'More options',
    floorMg: 'Stop when the daily dose would fall below (mg)',
    floorHint:
      'Leave empty for the usual end: the plan stops once the dose is below about 0.5 mg of diazepam or its equivalent (for clonazepam 0.025 mg). You can choose a lower floor, not a higher one.',
    paceLegend: 'How fast?',
    paceGuideline: 'At the guideline pace (recommended)',
    paceGuidelineHint:
      'No more than a quarter of the dose in any two weeks. If a step would go faster, the app makes it smaller or longer, and tells you.',
    paceFaster: 'My prescriber and I chose a faster pace',
    paceFasterHint:
      'Only if you have agreed it together. The plan, the prep cards and the calendar will say so. Slowing down is always possible.',
    mixVolume: 'Water to mix the tablet in',
    mixVolumeHint: 'For the home water mixture. Automatic picks the smallest amount that keeps each dose accurate.',
    mixVolumeOption: (ml: string) => (ml === '' ? 'Automatic' : `${ml} mL`),
    strengthsLegend: 'Tablet strengths I have',
    strengthsHint: 'Untick any you do not have. The plan then uses only the ones ticked.',
    strengthOption: (mg: number) => `${mgText(mg)} tablets`,
    takenDaily: 'I have taken it on most days for more than 4 weeks',
    epilepsy: 'I take it for epilepsy',
    syringe: 'Syringe markings',
    syringeHint: 'The smallest step marked on your oral syringe. Amounts are rounded to it.',
    syringeOption: (ml: string) => `${ml} mL`,
    preview: 'Preview',
    previewing: 'Working out the plan…',
    previewUpdated: 'Preview updated.',
    previewHeading: 'Preview',
    savedHeading: 'Your saved plan',
    savedLine: (revision: number, at: string) => `Version ${revision}, saved ${SHORT_DATE.format(new Date(at))}.`,
    save: 'Save plan',
    saving: 'Saving…',
    saved: 'Plan saved.',
    signInToSave: 'Please sign in again to save.',
    warningsHeading: 'Please read first',
    warningSource: (source: string) => `Source: ${source}`,
    warningSteps: (steps: readonly number[]) =>
      steps.length === 1
        ? `Concerns step ${String((steps[0] ?? 0) + 1)}.`
        : `Concerns steps ${listText(steps.map((s) => String(s + 1)))}.`,
    blocked: 'This plan cannot be made',
    scheduleHeading: 'Schedule',
    scheduleCaption: (steps: number, scale: string) =>
      `${plural(steps, 'step', 'steps')}. Daily doses in mg of ${scale.toLowerCase()}.`,
    stepNumber: (n: number, kind: StepKind) => `${n} (${STEP_KIND_NAMES[kind]})`,
    dates: (start: CalendarDate, end: CalendarDate | null) =>
      end === null
        ? `From ${SHORT_DATE.format(toLocalDate(start))}`
        : `${SHORT_DATE.format(toLocalDate(start))} to ${SHORT_DATE.format(toLocalDate(end))}`,
    held: (days: number) => `Includes ${plural(days, 'extra day', 'extra days')} on hold.`,
    mg: mgText,
    cut: (percent: number) => (percent === 0 ? '–' : `${NUMBER.format(percent)} %`),
    medicineLine: (name: string, form: string, mg: number) =>
      `${name}, ${FORM_NAMES[form]?.toLowerCase() ?? form}: ${mgText(mg)} a day`,
    timeLine: (label: string, mg: number) => `${TIME_NAMES[label] ?? label}, ${mgText(mg)}:`,
    timesLine: (labels: readonly string[], mg: number) =>
      `${listText(labels.map((l, i) => (i === 0 ? (TIME_NAMES[l] ?? l) : (TIME_NAMES[l] ?? l).toLowerCase())))}, ${mgText(mg)} each:`,
    chartHeading: 'Dose over time',
    chartLabel: (from: number, to: number, start: CalendarDate, last: CalendarDate, steps: number, holds: number) =>
      `Step chart of the daily dose: ${mgText(from)} from ${LONG_DATE.format(toLocalDate(start))}, down to ${mgText(to)} from ${LONG_DATE.format(toLocalDate(last))}, in ${plural(steps, 'step', 'steps')}.${holds === 0 ? '' : ` ${plural(holds, 'step is', 'steps are')} held longer.`} The table below has every step.`,
    chartUnit: (scale: string) => `Daily dose, in mg of ${scale.toLowerCase()}`,
    chartMg: mgText,
    chartDate: (date: CalendarDate) => SHORT_DATE.format(toLocalDate(date)),
    chartMonth: (date: CalendarDate) => MONTH_YEAR.format(toLocalDate(date)),
    chartLegendSwitch: 'Shaded: switching to diazepam',
    chartLegendHold: 'Dashed: held longer',
    holdsHeading: 'Holds',
    holdsIntro:
      'A hold keeps you on a step for longer. Every later date moves back. You decide, with your prescriber; the app never cuts on its own.',
    holdLine: (step: number, days: number, reason: string) =>
      `Step ${step}: ${plural(days, 'extra day', 'extra days')}. “${reason}”`,
    ignoredHoldsIntro:
      'An earlier version of the app saved these holds, but the plan cannot include them, so the dates below are without them. Talk to your prescriber before you make the next cut.',
    holdStep: 'Step to hold',
    holdStepOption: (n: number, start: CalendarDate, mg: number) =>
      `Step ${n}, from ${SHORT_DATE.format(toLocalDate(start))}, ${mgText(mg)}`,
    holdDays: 'Extra days',
    holdDaysLess: 'One day fewer',
    holdDaysMore: 'One day more',
    holdReason: 'Reason',
    holdReasonHint: 'A few words, for example “symptoms still settling”.',
    addHold: 'Add a hold',
    addingHold: 'Adding the hold…',
    holdAdded: 'Hold added. The dates have moved.',
    noHoldableSteps: 'There are no future steps left to hold.',
    calendar: 'Download calendar (.ics)',
    calendarHint:
      'Adds each step of the next 12 months to your calendar, with a reminder on the day of each change. Download it again for the months after.',
    print: 'Print prep cards',
    printHint: (cards: number) => `${plural(cards, 'card', 'cards')}, one per step, to keep next to your medicine.`,
    printLegend: 'Print',
    printUpcoming: 'Upcoming steps only',
    printAll: 'All steps',
    cardTitle: (n: number) => `Step ${n}`,
    cardDose: (mg: number) => `Daily dose: ${mgText(mg)}`,
    /** Each medicine's own amount: during a switch, never the diazepam-equivalent total. */
    dayDoses: (parts: readonly { readonly name: string; readonly mg: number }[]) =>
      parts.length === 1
        ? `Daily dose: ${mgText(parts[0]?.mg ?? 0)}`
        : `Daily doses: ${listText(parts.map((p) => `${mgText(p.mg)} ${p.name.toLowerCase()}`))}`,
    cardFaster: 'Faster than the guideline pace, as you and your prescriber chose.',
    summaryHeading: 'At a glance',
    duration: (days: number) => {
      const weeks = Math.round(days / 7);
      const months = Math.round(days / 30.44);
      return days === 0
        ? 'This plan has one step.'
        : `From the first step to the last takes about ${plural(weeks, 'week', 'weeks')} (${plural(months, 'month', 'months')}), without holds you add later.`;
    },
    finalStop: (limitMg: number, scale: string, isDiazepam: boolean) =>
      `The last step stops from no more than ${mgText(limitMg)} of ${scale.toLowerCase()} a day${isDiazepam ? '' : ' (the equivalent of 1 mg of diazepam)'}, the size of the last step in the diazepam rate table.`,
    paceGuidelineLine: 'Every step keeps to the guideline pace: no more than a quarter of the dose in any two weeks.',
    paceFasterLine:
      'You chose a faster pace with your prescriber. Steps that go faster than the guideline are listed under “Please read first”. Even so, no two weeks lose more than half the dose.',
    adjustmentsHeading: 'What the app changed to keep the pace',
    adjustment: (
      code: string,
      steps: readonly number[],
      form: string | undefined,
      medicine: string,
      chosenForm: string,
      faster: boolean,
      homeMixture: boolean,
    ) => {
      const at =
        steps.length === 1
          ? `step ${String((steps[0] ?? 0) + 1)}`
          : `steps ${listText(steps.map((n) => String(n + 1)))}`;
      switch (code) {
        case 'form_switch':
          if (homeMixture)
            return `From ${at}, part of each dose is made by stirring one ${medicine.toLowerCase()} tablet into water (a home water mixture), because ${chosenForm.toLowerCase()} cannot make cuts this small. You will need ${medicine.toLowerCase()} tablets and an oral syringe; if you do not have them, please ask your prescriber. The table says exactly how.`;
          return form === 'liquid'
            ? `From ${at}, ${medicine.toLowerCase()} is measured as its liquid from the pharmacy, because ${chosenForm.toLowerCase()} cannot make cuts this small. Please ask your prescriber for it. The table says exactly how.`
            : `From ${at}, ${medicine.toLowerCase()} is measured as ${FORM_NAMES[form ?? '']?.toLowerCase() ?? form ?? ''}, because ${chosenForm.toLowerCase()} cannot make cuts this small.`;
        case 'interval_lengthened':
          return `${at.charAt(0).toUpperCase()}${at.slice(1)} last longer than you asked, so that no two weeks lose more than a quarter of the dose.`;
        case 'cut_capped':
          return faster
            ? `The cuts at ${at} are smaller than you asked, so that no cut is more than half of the dose, even at the faster pace you chose.`
            : `The cuts at ${at} are smaller than you asked, so that no cut is more than a quarter of the dose.`;
        case 'diazepam_rounded_down':
          return `During the switch (${at}), diazepam is rounded down to what you can measure, never up. The table shows by how much.`;
        default:
          return '';
      }
    },
    addedDays: (days: number) => `${plural(days, 'day', 'days')} longer than asked, to keep the pace.`,
    equivalence: (exactMg: number, changePercent: number) =>
      changePercent === 0
        ? `The same as ${mgText(exactMg)} of diazepam before the switch.`
        : `Rounding lowers this by ${NUMBER.format(Math.abs(changePercent))} % from the ${mgText(exactMg)} of diazepam before the switch.`,
    cardMixtureShort:
      'Home mixture: shake well right before every measure and make it fresh each day. Check the method with your pharmacist.',
  },

  medicationFacts: {
    heading: (name: string) => `About ${name}`,
    halfLife: (low: number, high: number, metaboliteHigh: number | undefined) =>
      metaboliteHigh === undefined
        ? `Half-life: ${NUMBER.format(low)}–${NUMBER.format(high)} hours.`
        : `Half-life: ${NUMBER.format(low)}–${NUMBER.format(high)} hours; its active metabolite up to ${NUMBER.format(metaboliteHigh)} hours.`,
    halfLifeHint: 'The half-life is the time the body takes to clear half of the medicine.',
    evidence: evidenceText,
    equivalentsHeading: 'About the same as 10 mg of diazepam',
    equivalent: (table: string, mgLow: number, mgHigh: number) =>
      `${FACT_TABLE_NAMES[table] ?? table}: ${mgLow === mgHigh ? NUMBER.format(mgLow) : `${NUMBER.format(mgLow)}–${NUMBER.format(mgHigh)}`} mg.`,
    equivalentsNote:
      'The published tables differ, and so do people. These figures are a guide, not a dose to switch to: any switch is for you and your prescriber to agree.',
    noEquivalents: 'There is no published equivalent for this medicine in our list.',
  },

  history: {
    title: 'History',
    intro: 'Your last 14 days, newest first.',
    loadingList: 'Loading your check-ins…',
    loadFailed: (reason: string) => `Your check-ins could not be loaded. ${reason}`,
    dayHeading: (date: CalendarDate, daysAgo: number) => {
      const day = WEEKDAY_DATE.format(toLocalDate(date));
      return daysAgo === 0 ? `Today, ${day}` : daysAgo === 1 ? `Yesterday, ${day}` : day;
    },
    noCheckin: 'No check-in',
    symptomsLine: (rated: number, highest: Severity | undefined) =>
      rated === 0
        ? 'No symptoms rated.'
        : `${plural(rated, 'symptom rated', 'symptoms rated')}, highest: ${SEVERITY_WORDS[highest ?? 0]}.`,
    sleepAndDose: (hours: number | null, mg: number | null) =>
      `${hours === null ? 'Sleep not recorded' : `Slept ${hours} h`}. ${mg === null ? 'Dose not recorded' : `Dose ${mg} mg`}.`,
    sleep: (hours: number | null) => (hours === null ? 'Sleep not recorded.' : `Slept ${hours} h.`),
    note: (excerpt: string) => `Note: “${excerpt}”`,
    notSent: 'Saved on this device, not yet in your account.',
    retry: 'Try again',
  },
} as const;

export type Messages = typeof messages;
