/**
 * Every word the web app shows, in one place. Components never hold literal text: they read it
 * from here, so wording can be reviewed (and later translated) without touching the UI code.
 * Tone: short sentences, calm, kind, no blame.
 */
import type { ClientErrorCode } from '../api/client.js';
import type { Severity } from '../core/symptoms/symptom.js';
import type { CalendarDate } from '../core/calendar-date.js';

const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { 0: 'None', 1: 'Mild', 2: 'Moderate', 3: 'Severe' };

const GROUP_NAMES: Readonly<Record<string, string>> = { sensory: 'Sensory', motor: 'Motor', sleep: 'Sleep' };

/** Plain words for every error code the client can return. */
const ERROR_WORDS: Readonly<Record<ClientErrorCode, string>> = {
  invalid_input: 'Something here does not look quite right. Please check it and try again.',
  unauthenticated: 'You are signed out. Please sign in again. Your entries are kept on this device.',
  invalid_credentials: 'That email and password do not match an account. Please try again.',
  csrf_failed: 'The page lost its connection to your session. Please reload the page and try again.',
  not_found: 'We could not find that.',
  email_taken: 'There is already an account with that email. You can sign in instead.',
  payload_too_large: 'That is too much to save at once. Please shorten the note.',
  unsupported_media_type: 'The app sent something the server did not understand. Please reload the page.',
  date_in_future: 'That date has not happened yet.',
  unknown_symptom: 'One of the symptoms is no longer in the list. Please reload the page.',
  abrupt_stop:
    'This plan would stop your medicine all at once. After taking it daily for more than four weeks, that can cause serious withdrawal, including seizures. Please plan gradual steps with your prescriber.',
  unknown_medication: 'That medicine is not in our list yet.',
  form_unavailable: 'That medicine does not come in that form with the strengths chosen. Please pick another form or strength.',
  plan_too_long: 'This plan would take more than ten years. Please choose a higher final dose, a higher floor, or larger steps.',
  invalid_plan: 'Some of the plan settings do not fit together. Please check the highlighted field.',
  rate_limited: 'Too many tries in a short time. Please rest a few minutes, then try again.',
  internal: 'Something went wrong on our side. Nothing you entered was changed. Please try again later.',
  network_error: 'No connection right now. Your entries are kept on this device. Please try again when you are online.',
};

/** What each form field is called, for error messages that name the field. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  email: 'Email',
  password: 'Password',
  sleepHours: 'Hours slept',
  doseMg: 'Dose taken',
  note: 'Note',
  date: 'Date',
  symptoms: 'Symptoms',
};

/** A specific explanation when a field's value is not valid. */
const FIELD_INVALID: Readonly<Record<string, string>> = {
  email: 'Please enter an email address, like name@example.com.',
  password: 'Please use at least 10 characters.',
  passwordMissing: 'Please enter your password.',
  sleepHours: 'Please enter a number of hours from 0 to 24, in quarter hours (for example 6.5 or 7.25), or leave it empty.',
  doseMg: 'Please enter the dose in milligrams as a number, 0 or more, with at most 3 decimal places (for example 0.375), or leave it empty.',
  note: 'The note can be at most 2000 characters.',
};

const WEEKDAY_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

function toLocalDate(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const messages = {
  appName: 'Taper Companion',
  skipLink: 'Skip to main content',
  loading: 'Loading…',
  educational:
    'Taper Companion is for education and self-tracking. It is not medical advice. Talk with your prescriber before changing your dose.',
  footer: 'Taper Companion is educational, not medical advice.',

  nav: {
    label: 'Main',
    today: 'Today',
    history: 'Last 14 days',
    signOut: 'Sign out',
    themeToLight: 'Use light colours',
    themeToDark: 'Use dark colours',
  },

  auth: {
    signInTitle: 'Sign in',
    signUpTitle: 'Create an account',
    intro: 'Track how you feel each day, at your own pace.',
    email: 'Email',
    password: 'Password',
    passwordHintSignUp: 'At least 10 characters. A few words in a row work well.',
    signInButton: 'Sign in',
    signUpButton: 'Sign up',
    switchToSignUp: 'Create an account',
    switchToSignIn: 'I already have an account',
    switchPromptSignIn: 'New here?',
    switchPromptSignUp: 'Already registered?',
    working: 'One moment…',
  },

  today: {
    title: 'Today’s check-in',
    dateLine: (date: CalendarDate) => `For ${WEEKDAY_DATE.format(toLocalDate(date))}.`,
    intro: 'Rate only what you want to. You can change it later today.',
    jumpToSerious: 'Something serious happened? Go to urgent help',
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
    noteLabel: 'Note',
    noteHint: 'Anything you want to remember. Optional.',
    noteCounter: (used: number, max: number) => `${used} of ${max} characters`,
    save: 'Save check-in',
    saving: 'Saving…',
    saved: 'Saved',
    loadingCheckin: 'Loading today’s check-in…',
    symptomsUnavailable: 'The symptom list could not be loaded. You can still save sleep, dose and a note.',
    loadFailed: (reason: string) => `Today’s saved check-in could not be loaded. ${reason}`,
    draftRestored: 'We restored entries you had not saved yet.',
  },

  severity: (value: Severity) => SEVERITY_WORDS[value],

  serious: {
    heading: 'Something serious happened',
    intro: 'If one of these is happening, tap it. You will see what to do straight away.',
  },

  urgent: {
    title: 'Get help now',
    youSaid: (label: string) => `You told us: ${label}`,
    stepsHeading: 'What to do',
    recording: 'Adding this to your history…',
    recorded: (at: Date) => `Added to your history at ${TIME.format(at)}.`,
    queued: 'This will be added to your history when you are online again. The steps above matter more.',
    notSignedIn: 'You are not signed in, so this was not added to your history. The steps above matter more.',
    back: 'Back to today',
    backSignedOut: 'Back',
  },

  history: {
    title: 'Last 14 days',
    intro: 'Newest first.',
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
    note: (excerpt: string) => `Note: “${excerpt}”`,
    retry: 'Try again',
  },

  errors: {
    fromCode: (code: ClientErrorCode) => ERROR_WORDS[code],
    fieldName: (field: string) => FIELD_NAMES[field] ?? FIELD_NAMES[field.split('.')[0] ?? ''] ?? field,
    fieldInvalid: (field: string) => FIELD_INVALID[field],
    withField: (fieldName: string, text: string) => `${fieldName}: ${text}`,
    emailMissing: 'Please enter your email address.',
    /** A short summary for the status line; the full explanation sits next to the field. */
    checkField: (fieldName: string) => `Not saved yet. Please check “${fieldName}” above.`,
    checkFields: (fieldNames: readonly string[]) => `Please check ${fieldNames.map((n) => `“${n}”`).join(' and ')} above.`,
  },
} as const;

export type Messages = typeof messages;
