/** Test helpers: a screen rendered in English or in another language, with every feature's words loaded. */
import type { ComponentChildren } from 'preact';
import { createTranslator } from './catalogue.js';
import { ALL_FEATURES } from './features.js';
import { createFormats } from './formats.js';
import { I18nProvider, loadLocale, type I18n, type LoadedLocale } from './i18n-context.js';
import type { Locale } from './locales.js';

/** A language with the words of every feature, so that any screen (or part of one) finds its own. */
export const inLanguage = (locale: Locale): Promise<LoadedLocale> => loadLocale(locale, ALL_FEATURES);

export const ENGLISH: LoadedLocale = await inLanguage('en');

/** The t() and f a screen rendered in this language uses, for what a test expects to read: t('today.saved'). */
export const wordsOf = ({ locale, messages }: LoadedLocale): Pick<I18n, 't' | 'f'> => ({
  t: createTranslator(locale, messages),
  f: createFormats(locale),
});

interface Props {
  readonly initial?: LoadedLocale;
  readonly onChoose?: (locale: Locale) => void;
  readonly children: ComponentChildren;
}

export function TestI18n({ initial = ENGLISH, onChoose = () => undefined, children }: Props) {
  return (
    <I18nProvider initial={initial} onChoose={onChoose}>
      {children}
    </I18nProvider>
  );
}
