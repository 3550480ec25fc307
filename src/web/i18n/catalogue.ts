/**
 * The catalogues put together, and the typed lookup screens use: `t('today.title')`,
 * `t('count.days', { count: 3 })`. English ships in the main bundle; every other language loads on demand
 * (german.ts) so the first load does not grow. A message missing from a translation falls back to English.
 */
import { setupI18n, type Messages } from '@lingui/core';
import { en as account } from '../features/account/locales/en.js';
import { en as reminders } from '../features/reminders/locales/en.js';
import { en as auth } from '../features/auth/locales/en.js';
import { en as today } from '../features/today/locales/en.js';
import { en as history } from '../features/history/locales/en.js';
import { en as navigation } from '../features/navigation/locales/en.js';
import { en as insights } from '../features/insights/locales/en.js';
import { en as readiness } from '../features/readiness/locales/en.js';
import { en as symptoms } from '../features/symptoms/locales/en.js';
import { en as urgent } from '../features/urgent-help/locales/en.js';
import { en as questionnaires } from '../features/questionnaires/locales/en.js';
import { en as app } from '../locales/en.js';
import { SOURCE_LOCALE, type Locale } from './locales.js';
import type { ValuesFor } from './message-types.js';

/** Every English message by id. Adding a feature's catalogue here makes its ids known to t(). */
const ENGLISH = {
  ...app,
  ...navigation,
  ...auth,
  ...today,
  ...history,
  ...symptoms,
  ...urgent,
  ...questionnaires,
  ...insights,
  ...readiness,
  ...account,
  ...reminders,
} as const;

type English = typeof ENGLISH;
export type MessageId = keyof English;

/** The ids of messages that need no values: what a table of ids (a route's name, a severity) may hold. */
export type PlainMessageId = { [Id in MessageId]: ValuesFor<English[Id]> extends [] ? Id : never }[MessageId];

/** Looks a message up in the active language and fills in its values; tsc checks both the id and the values. */
export type Translate = <Id extends MessageId>(id: Id, ...values: ValuesFor<English[Id]>) => string;

/**
 * Whether a message exists, for an id built from what the server sends (`field.${name}`). Only for families of
 * messages that take no values (field., invalid., planInvalid.), which is what the guard promises.
 */
export const isPlainMessageId = (id: string): id is PlainMessageId => Object.hasOwn(ENGLISH, id);

// The build compiles each catalogue (vite-plugin-catalogues.ts): at run time its values are Lingui's compiled
// messages, although tsc reads them as the ICU source strings.
const compiled = (catalogue: object): Messages => catalogue as Messages;

/** The English messages: always at hand, without waiting. */
export const englishMessages = (): Messages => compiled(ENGLISH);

/** A language's messages, English underneath so that a missing translation still says something. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === SOURCE_LOCALE) return englishMessages();
  const { GERMAN } = await import('./german.js');
  return { ...englishMessages(), ...compiled(GERMAN) };
}

/** A t() for one language over messages from loadMessages. */
export function createTranslator(locale: Locale, messages: Messages): Translate {
  const i18n = setupI18n({ locale, messages: { [locale]: messages } });
  return (id, ...values) => i18n._(id, values[0]);
}
