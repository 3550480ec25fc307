/** Test helpers: a screen rendered in English (at once) or in another language (after loading it). */
import type { ComponentChildren } from 'preact';
import { englishMessages } from './catalogue.js';
import { I18nProvider, type LoadedLocale } from './i18n-context.js';
import type { Locale } from './locales.js';

export const ENGLISH: LoadedLocale = { locale: 'en', messages: englishMessages() };

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
