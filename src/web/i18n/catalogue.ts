/**
 * The typed lookup screens use, `t('today.title')`, `t('count.days', { count: 3 })`, over the catalogues of
 * features.ts. Words load per feature: the first screen's English is at hand without waiting; the rest, and every
 * other language, load when a screen needs them. A message missing from a translation falls back to English.
 */
import { setupI18n, type Messages } from '@lingui/core';
import { FEATURES, type English, type Feature } from './features.js';
import { SOURCE_LOCALE, type Locale } from './locales.js';
import type { ValuesFor } from './message-types.js';

export type MessageId = keyof English;

/** The ids of messages that need no values: what a table of ids (a route's name, a severity) may hold. */
export type PlainMessageId = { [Id in MessageId]: ValuesFor<English[Id]> extends [] ? Id : never }[MessageId];

/** Looks a message up in the active language and fills in its values; tsc checks both the id and the values. */
export type Translate = <Id extends MessageId>(id: Id, ...values: ValuesFor<English[Id]>) => string;

// The build compiles each catalogue (vite-plugin-catalogues.ts): at run time its values are Lingui's compiled
// messages, although tsc reads them as the ICU source strings.
const compiled = (catalogue: object): Messages => catalogue as Messages;

/** Catalogues laid one over the other: a later one's message wins. */
const merged = (catalogues: readonly object[]): Messages =>
  compiled(Object.fromEntries(catalogues.flatMap((catalogue) => Object.entries(catalogue))));

type Entry = { readonly en: object | (() => Promise<object>); readonly de: () => Promise<object> };
const entry = (feature: Feature): Entry => FEATURES[feature];
const isLoader = (en: Entry['en']): en is () => Promise<object> => typeof en === 'function';

/** The features whose English ships in the main chunk: nothing to wait for. */
export const AT_HAND: readonly Feature[] = (Object.keys(FEATURES) as Feature[]).filter(
  (feature) => !isLoader(entry(feature).en),
);

const HELD: Messages = merged(AT_HAND.map((feature) => entry(feature).en));

/** The English that ships in the main chunk: the first screen's, always at hand without waiting. */
export const englishMessages = (): Messages => HELD;

async function english(feature: Feature): Promise<object> {
  const { en } = entry(feature);
  return isLoader(en) ? en() : en;
}

/**
 * The messages of these features in a language, English underneath so that a missing translation still says
 * something. Features load side by side (each is its own small chunk, precached by the service worker).
 */
export async function loadMessages(locale: Locale, features: readonly Feature[]): Promise<Messages> {
  const [sources, translations] = await Promise.all([
    Promise.all(features.map(english)),
    locale === SOURCE_LOCALE ? [] : Promise.all(features.map((feature) => entry(feature).de())),
  ]);
  return merged([...sources, ...translations]);
}

/**
 * The message with this id among the words loaded, or undefined: for an id built from what the server sends
 * (`field.${name}`, `symptom.${id}`). Only for families of messages that take no values. Lingui answers an id it
 * does not know with the id itself, which is how a missing one shows.
 */
export function knownWord(t: Translate, id: string): string | undefined {
  const word = t(id as PlainMessageId);
  return word === id ? undefined : word;
}

/** A t() for one language over messages from loadMessages. */
export function createTranslator(locale: Locale, messages: Messages): Translate {
  const i18n = setupI18n({ locale, messages: { [locale]: messages } });
  return (id, ...values) => i18n._(id, values[0]);
}
