/** Words of the Today screen that are new with its compact layout, the day picker and "Logged · Undo". */
import { messages } from '../../messages.js';

const mg = (amount: number) => messages.dose.amount(amount);

export const todayText = {
  backToToday: 'Back to today',
  loading: 'Loading the check-in…',
  loadFailed: (reason: string) => `The saved check-in for this day could not be loaded. ${reason}`,
  intro: 'Tap one answer per row. Rate only what you want to.',
  about: 'About',
  aboutHidden: (name: string) => ` ${name.toLowerCase()}`,
  sameAsYesterday: 'Same as yesterday',
  sameHint: 'Copies yesterday’s symptoms, sleep and tags. Then change what is different.',
  noYesterday: 'There is no check-in from the day before to copy.',
  restNone: (left: number, all: number) =>
    left === 0 ? 'All rated' : left === all ? `None for all ${all}` : `None for the other ${left}`,
  restNoneHint: 'Sets every symptom you have not rated to None.',
  sleepFromYesterday: 'Filled in from the day before. Change it if this night was different.',
  doseLabelPast: 'Dose taken that day (mg)',
  doseFromPlan: 'Filled in from your plan. Change it if you took a different amount.',
  far: (typed: number, planned: number) => `${mg(typed)} is far from the planned ${mg(planned)}. Save anyway?`,
  farYes: 'Yes, save it',
  farNo: 'No, let me check',
  noteLeft: (left: number) => `${left} characters left`,
  noteOver: (over: number, max: number) =>
    `${over} ${over === 1 ? 'character' : 'characters'} over the limit of ${max}. Please shorten it to save; nothing is cut.`,
  doseHeading: (isToday: boolean) => (isToday ? messages.dose.heading : 'Doses taken that day'),
  takePlanned: (isToday: boolean, what: string) =>
    isToday ? messages.dose.takePlanned(what) : `I took that day’s planned dose (${what})`,
  noDoses: (isToday: boolean) => (isToday ? messages.dose.none : 'No doses logged for that day.'),
  plannedLogged: (what: string) => `Logged ${what}`,
  loggedUndo: 'Undo',
  loggedUndoLabel: (what: string) => `Undo logging ${what}`,
  undoing: 'Removing…',
} as const;
