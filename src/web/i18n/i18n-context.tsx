/**
 * How screens reach the active language: through context (built in main.tsx, or a test's helper), never a
 * module-level instance, so a test can render any screen in any language. Switching re-renders at once and is
 * remembered on this device.
 */
import type { Messages } from '@lingui/core';
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { createTranslator, loadMessages, type Translate } from './catalogue.js';
import { createFormats, type Formats } from './formats.js';
import type { Locale } from './locales.js';

export interface I18n {
  readonly locale: Locale;
  /** The message with this id in the active language. */
  readonly t: Translate;
  /** Dates and numbers in the active language. */
  readonly f: Formats;
  /** Loads the language's messages, shows the app in it and keeps the choice. */
  readonly setLocale: (locale: Locale) => Promise<void>;
}

export interface LoadedLocale {
  readonly locale: Locale;
  readonly messages: Messages;
}

/** The language to start in, with its messages already loaded (so the first paint is in that language). */
export async function loadLocale(locale: Locale): Promise<LoadedLocale> {
  return { locale, messages: await loadMessages(locale) };
}

const I18nContext = createContext<I18n | undefined>(undefined);

interface Props {
  readonly initial: LoadedLocale;
  /** Keeps a person's choice (storeLocale in the browser; tests pass a spy). */
  readonly onChoose: (locale: Locale) => void;
  readonly children: ComponentChildren;
}

export function I18nProvider({ initial, onChoose, children }: Props) {
  const [loaded, setLoaded] = useState(initial);
  const value = useMemo<I18n>(
    () => ({
      locale: loaded.locale,
      t: createTranslator(loaded.locale, loaded.messages),
      f: createFormats(loaded.locale),
      setLocale: async (locale) => {
        setLoaded(await loadLocale(locale));
        onChoose(locale);
      },
    }),
    [loaded],
  );
  // Screen readers, hyphenation and the browser's own controls follow the page's language.
  useEffect(() => {
    document.documentElement.lang = loaded.locale;
  }, [loaded.locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it (main.tsx, or the test helper)');
  return i18n;
}
