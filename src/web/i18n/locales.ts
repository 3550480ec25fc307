/** Which languages the app speaks, which one a person gets first, and where their own choice is kept. */
import { readJson, writeJson } from '../local-storage.js';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language everything falls back to: its catalogues are complete. */
export const SOURCE_LOCALE: Locale = 'en';

const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l === value);

/**
 * The first of the browser's languages that the app speaks ("de-AT" → "de"), else English.
 * `languages` is navigator.languages: the person's own order of preference.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return SOURCE_LOCALE;
}

const KEY = 'locale';

/** A language the person chose on this device; it wins over the browser's. */
export function storedLocale(): Locale | undefined {
  const saved = readJson(KEY);
  return isLocale(saved) ? saved : undefined;
}

export function storeLocale(locale: Locale): void {
  writeJson(KEY, locale);
}

/** The language to start in: the stored choice, else the browser's. */
export function initialLocale(languages: readonly string[]): Locale {
  return storedLocale() ?? pickLocale(languages);
}
