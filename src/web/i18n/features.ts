/**
 * The one list of catalogues: each feature with its English and its German. English that the first screen needs
 * (Today, the navigation, urgent help, the shell) is imported here and ships in the main chunk; every
 * other catalogue is a loader, fetched with the screen that uses it (lazy-screen.tsx) or when a part of a screen
 * first needs it (useWords). German is always a loader. Adding a feature: one entry here; its ids are then known
 * to t() (catalogue.ts reads the types from this list).
 */
import { en as app } from '../locales/en.js';
import { en as navigation } from '../features/navigation/locales/en.js';
import { en as today } from '../features/today/locales/en.js';
import { en as urgent } from '../features/urgent-help/locales/en.js';

export const FEATURES = {
  app: { en: app, de: () => import('../locales/de.js').then((m) => m.de) },
  navigation: { en: navigation, de: () => import('../features/navigation/locales/de.js').then((m) => m.de) },
  today: { en: today, de: () => import('../features/today/locales/de.js').then((m) => m.de) },
  urgent: { en: urgent, de: () => import('../features/urgent-help/locales/de.js').then((m) => m.de) },
  auth: {
    en: () => import('../features/auth/locales/en.js').then((m) => m.en),
    de: () => import('../features/auth/locales/de.js').then((m) => m.de),
  },
  account: {
    en: () => import('../features/account/locales/en.js').then((m) => m.en),
    de: () => import('../features/account/locales/de.js').then((m) => m.de),
  },
  firstRun: {
    en: () => import('../features/first-run/locales/en.js').then((m) => m.en),
    de: () => import('../features/first-run/locales/de.js').then((m) => m.de),
  },
  history: {
    en: () => import('../features/history/locales/en.js').then((m) => m.en),
    de: () => import('../features/history/locales/de.js').then((m) => m.de),
  },
  report: {
    en: () => import('../features/report/locales/en.js').then((m) => m.en),
    de: () => import('../features/report/locales/de.js').then((m) => m.de),
  },
  insights: {
    en: () => import('../features/insights/locales/en.js').then((m) => m.en),
    de: () => import('../features/insights/locales/de.js').then((m) => m.de),
  },
  // Today's "where am I" card: loaded with the card, without the rest of the insights' words.
  phase: {
    en: () => import('../features/insights/phase/locales/en.js').then((m) => m.en),
    de: () => import('../features/insights/phase/locales/de.js').then((m) => m.de),
  },
  plan: {
    en: () => import('../features/plan/locales/en.js').then((m) => m.en),
    de: () => import('../features/plan/locales/de.js').then((m) => m.de),
  },
  // The plan's fields by name, and what each needs: for the screens that send plans and holds.
  planFields: {
    en: () => import('../features/plan/fields/locales/en.js').then((m) => m.en),
    de: () => import('../features/plan/fields/locales/de.js').then((m) => m.de),
  },
  planMeasure: {
    en: () => import('../features/plan/measure/locales/en.js').then((m) => m.en),
    de: () => import('../features/plan/measure/locales/de.js').then((m) => m.de),
  },
  questionnaires: {
    en: () => import('../features/questionnaires/locales/en.js').then((m) => m.en),
    de: () => import('../features/questionnaires/locales/de.js').then((m) => m.de),
  },
  readiness: {
    en: () => import('../features/readiness/locales/en.js').then((m) => m.en),
    de: () => import('../features/readiness/locales/de.js').then((m) => m.de),
  },
  reminders: {
    en: () => import('../features/reminders/locales/en.js').then((m) => m.en),
    de: () => import('../features/reminders/locales/de.js').then((m) => m.de),
  },
  // An entry the account refused: loaded with the part that shows it (components/sync-status.tsx).
  syncRefusals: {
    en: () => import('../features/sync-refusals/locales/en.js').then((m) => m.en),
    de: () => import('../features/sync-refusals/locales/de.js').then((m) => m.de),
  },
  symptoms: {
    en: () => import('../features/symptoms/locales/en.js').then((m) => m.en),
    de: () => import('../features/symptoms/locales/de.js').then((m) => m.de),
  },
} as const;

export type Feature = keyof typeof FEATURES;

/** Every feature: what a test renders with, so that any screen finds its words. */
export const ALL_FEATURES = Object.keys(FEATURES) as readonly Feature[];

/** A catalogue as its entry holds it: the object itself, or a function that loads it. */
type Held<Entry> = Entry extends () => Promise<infer Catalogue> ? Catalogue : Entry;

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (all: infer I) => void ? I : never;

/** Every English message by id, as tsc reads it from the list above (no catalogue is imported for this). */
export type English = Intersection<{ [F in Feature]: Held<(typeof FEATURES)[F]['en']> }[Feature]>;
