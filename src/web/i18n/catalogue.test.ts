import { describe, expect, it } from 'vitest';
import { AT_HAND, createTranslator, englishMessages, loadMessages } from './catalogue.js';
import { ALL_FEATURES } from './features.js';
import type { Locale } from './locales.js';

const translator = async (locale: Locale) => createTranslator(locale, await loadMessages(locale, ALL_FEATURES));

describe('the catalogues', () => {
  it('picks English plural forms: one and other', async () => {
    const t = await translator('en');
    expect(t('count.days', { count: 1 })).toBe('1 day');
    expect(t('count.days', { count: 3 })).toBe('3 days');
    expect(t('count.days', { count: 0 })).toBe('0 days');
  });

  it('picks German plural forms and writes numbers the German way', async () => {
    const t = await translator('de');
    expect(t('count.days', { count: 1 })).toBe('1 Tag');
    expect(t('count.days', { count: 14 })).toBe('14 Tage');
    expect(t('count.days', { count: 1500 })).toBe('1.500 Tage');
  });

  it('says a plain message in the chosen language', async () => {
    expect((await translator('en'))('nav.history')).toBe('History');
    expect((await translator('de'))('nav.history')).toBe('Verlauf');
  });

  it('falls back to English for an id the German catalogue does not have yet', async () => {
    // language.en is left out of de.ts on purpose: a language is named in itself.
    const messages = await loadMessages('de', ALL_FEATURES);
    const t = createTranslator('de', messages);
    expect(t('language.en')).toBe('English');
    expect(t('language.de')).toBe('Deutsch');
  });

  it('is typed from the English catalogue: unknown ids and missing values do not compile', async () => {
    const t = await translator('en');
    // @ts-expect-error: no catalogue has this id (at run time Lingui shows the id itself).
    expect(t('nav.nowhere')).toBe('nav.nowhere');
    // @ts-expect-error: "count.days" needs its count.
    expect(t('count.days')).toBe('NaN days');
    // @ts-expect-error: and only its count.
    expect(t('count.days', { count: 2, extra: 1 })).toBe('2 days');
  });

  it('ships compiled messages, not ICU source, once the build has run', async () => {
    const messages = await loadMessages('en', ALL_FEATURES);
    expect(messages['count.days']).toEqual([['count', 'plural', { one: ['#', ' day'], other: ['#', ' days'] }]]);
  });

  it('has the English of the first screen at hand, and the words of another only once loaded', async () => {
    expect(AT_HAND).toEqual(expect.arrayContaining(['app', 'navigation', 'today', 'urgent']));
    // Sign-in is not the check-in screen: its words come with its own chunk.
    expect(AT_HAND).not.toContain('auth');
    expect(AT_HAND).not.toContain('account');
    expect(englishMessages()['nav.history']).toBe('History');
    expect(englishMessages()['account.title']).toBeUndefined();
    const account = await loadMessages('en', ['account']);
    expect(account['account.title']).toBe('Your account');
    expect(account['nav.history']).toBeUndefined();
  });

  it('lays the German of a feature over its English, so an id left out still says something', async () => {
    const t = createTranslator('de', await loadMessages('de', ['app', 'account']));
    expect(t('account.title')).toBe('Ihr Konto');
    expect(t('language.en')).toBe('English');
  });
});
