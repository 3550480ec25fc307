/**
 * How screens reach the active language: through context (built in main.tsx, or a test's helper), never a
 * module-level instance, so a test can render any screen in any language. Switching re-renders at once and is
 * remembered on this device.
 */
import type { Messages } from '@lingui/core';
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createTranslator, loadMessages, type Translate } from './catalogue.js';
import type { Feature } from './features.js';
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
  /** Whether these features' words are loaded, so that their t() says words, not ids. */
  readonly has: (features: readonly Feature[]) => boolean;
  /** Loads these features' words in the active language (and in any language chosen after). */
  readonly load: (features: readonly Feature[]) => Promise<void>;
}

export interface LoadedLocale {
  readonly locale: Locale;
  /** The features whose words are in messages. */
  readonly features: readonly Feature[];
  readonly messages: Messages;
}

/** A language with these features' words loaded (main.tsx: the first screen's, AT_HAND), ready to paint. */
export async function loadLocale(locale: Locale, features: readonly Feature[]): Promise<LoadedLocale> {
  return { locale, features, messages: await loadMessages(locale, features) };
}

/** What is loaded, plus these features in the same language. */
async function withFeatures(loaded: LoadedLocale, features: readonly Feature[]): Promise<LoadedLocale> {
  const missing = features.filter((feature) => !loaded.features.includes(feature));
  if (missing.length === 0) return loaded;
  const more = await loadMessages(loaded.locale, missing);
  return { ...loaded, features: [...loaded.features, ...missing], messages: { ...loaded.messages, ...more } };
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
  // What is loaded now, for loads that finish after another one changed it.
  const latest = useRef(initial);
  const show = (next: LoadedLocale) => {
    latest.current = next;
    setLoaded(next);
  };
  const value = useMemo<I18n>(
    () => ({
      locale: loaded.locale,
      t: createTranslator(loaded.locale, loaded.messages),
      f: createFormats(loaded.locale),
      setLocale: async (locale) => {
        show(await loadLocale(locale, latest.current.features));
        onChoose(locale);
      },
      has: (features) => features.every((feature) => loaded.features.includes(feature)),
      load: async (features) => {
        // If the language changed (or other words arrived) while these loaded, load them again over that.
        for (;;) {
          const from = latest.current;
          const next = await withFeatures(from, features);
          if (next === from) return;
          if (latest.current === from) {
            show(next);
            return;
          }
        }
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

/**
 * For a part of a screen that ships in the main chunk but speaks with another feature's words (the reminder note):
 * loads them once `needed` and says whether they are there. Until then the part shows nothing.
 */
export function useWords(features: readonly Feature[], needed = true): boolean {
  const { has, load } = useI18n();
  const ready = has(features);
  useEffect(() => {
    // If they cannot be loaded (offline before the service worker has them), the part stays empty.
    if (needed && !ready) load(features).catch(() => undefined);
  }, [needed, ready]);
  return ready;
}
