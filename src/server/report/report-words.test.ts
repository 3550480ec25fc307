import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, RED_FLAGS, SYMPTOM_CATALOGUE } from '../../core/index.js';
import { NAMES } from './report-names.js';
import { REPORT_LANGS, reportLang, reportWords } from './report-words.js';

describe('report words', () => {
  it.each(REPORT_LANGS)('name every catalogue symptom, red flag and band in %s', (lang) => {
    const names = NAMES[lang] as Record<'symptom' | 'redFlag' | 'band', Record<string, string>>;
    // A name in words (a capital first, then letters), never an id left over such as "pins-and-needles".
    const isWords = (name: string | undefined, id: string) => {
      expect(name, id).toMatch(/^\p{Lu}[\p{L}\p{N} ,.()'’"“”„/-]+$/u);
      expect(name, id).not.toBe(id);
    };
    for (const s of SYMPTOM_CATALOGUE) isWords(names.symptom[s.id], s.id);
    for (const f of RED_FLAGS) isWords(names.redFlag[f.kind], f.kind);
    for (const band of INSTRUMENTS.flatMap((i) => i.bands ?? [])) isWords(names.band[band.id], band.id);
  });

  it('counts with the language’s plural forms and names own symptoms by the person’s words', () => {
    const en = reportWords('en', new Map([['own-1', 'Jaw clenching']]));
    expect(en.count(en.w.days, 1)).toBe('1 day');
    expect(en.count(en.w.days, 90)).toBe('90 days');
    expect(en.symptom('own-1')).toBe('Jaw clenching');
    expect(en.cutResponse('summary', { peakDay: 6, settledDay: 12, cutsUsed: 5, cutsInPeriod: 5 })).toBe(
      'Symptoms peaked around day 6 after a cut and settled by day 12, over 5 cuts.',
    );
    expect(en.cutResponse('not-enough-data', { peakDay: null, settledDay: null, cutsUsed: 0, cutsInPeriod: 1 })).toBe(
      'Not enough data yet: 1 cut in this period, too few check-ins around them to say.',
    );
    const de = reportWords('de');
    expect(de.count(de.w.cuts, 1)).toBe('1 Reduktion');
    expect(de.count(de.w.days, 1234)).toBe('1.234 Tage');
    expect(de.mg(0.125)).toBe('0,125 mg');
  });

  it('takes the language the app asks for, else the best of Accept-Language it has, else English', () => {
    expect(reportLang('de', 'en')).toBe('de');
    expect(reportLang(undefined, 'fr-FR, de-CH;q=0.8, en;q=0.5')).toBe('de');
    expect(reportLang(undefined, 'en;q=0.2, de;q=0.9')).toBe('de');
    expect(reportLang(undefined, 'fr, de;q=0')).toBe('en');
    expect(reportLang(undefined, undefined)).toBe('en');
  });
});
