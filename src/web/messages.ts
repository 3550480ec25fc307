/**
 * Every word the web app shows, in one place. Components never hold literal text: they read it
 * from here, so wording can be reviewed (and later translated) without touching the UI code.
 * Tone: short sentences, calm, kind, no blame.
 */
import type { CalendarDate, IntakeForm, Severity } from '../core/index.js';
import type { AdherenceStatus } from './words-base.js';
import {
  SEVERITY_WORDS,
  GROUP_NAMES,
  TAG_WORDS,
  SHORT_DATE,
  LONG_DATE,
  mgText,
  listText,
  WEEKDAY_DATE,
  TIME,
  toLocalDate,
  FORM_WORDS,
  clock,
  duration,
  plural,
} from './words-base.js';

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

  /** The few plan words other features use too (the rest: features/plan/plan-words.ts). */
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
