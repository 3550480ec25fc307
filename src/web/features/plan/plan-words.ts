/** The Plan screen's words (English), apart from messages.ts so the check-in screen does not load them. */
import type { CalendarDate } from '../../../core/index.js';
import type { StepKind } from '../../words-base.js';
import { messages } from '../../messages.js';
import {
  SHORT_DATE,
  LONG_DATE,
  NUMBER,
  MONTH_YEAR,
  sourceList,
  evidenceText,
  FACT_TABLE_NAMES,
  TABLE_NAMES,
  FORM_NAMES,
  TIME_NAMES,
  STEP_KIND_NAMES,
  mgText,
  listText,
  toLocalDate,
  plural,
} from '../../words-base.js';

export const planWords = {
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

  plan: {
    ...messages.planShared,
    title: 'Your taper plan',
    loadingPlan: 'Loading your plan…',
    medicinesUnavailable: (reason: string) => `The list of medicines could not be loaded. ${reason}`,
    retry: 'Try again',
    aboutHeading: 'Your medicine',
    medication: 'Medicine',
    form: 'Form',
    formHint: 'What you take it as. A home water mixture lets the steps be smaller.',
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
} as const;
