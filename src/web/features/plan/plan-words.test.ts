import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../api/error-messages.js';
import { PLAN_ERROR_CODES, WARNING_CODES } from '../../../core/index.js';
import { describeFailure } from '../../describe-failure.js';
import { ENGLISH, inLanguage } from '../../i18n/test-i18n.js';
import { createTranslator } from '../../i18n/catalogue.js';
import { createFormats } from '../../i18n/formats.js';
import type { Locale } from '../../i18n/locales.js';
import { measureLines } from './measure-words.js';
import { createPlanWords } from './plan-words.js';

const words = (locale: Locale, messages = ENGLISH.messages) => ({
  locale,
  t: createTranslator(locale, messages),
  f: createFormats(locale),
});
const english = words('en');
const w = createPlanWords(english);

describe('every code the planner answers with has words', () => {
  it.each(WARNING_CODES)('warning %s: a sentence and a source', (code) => {
    expect(w.warning(code).message).not.toBe(code);
    expect(w.warning(code).message.length).toBeGreaterThan(20);
    expect(w.warning(code).source.length).toBeGreaterThan(5);
    expect(w.warning(code).source).not.toBe(code);
  });

  it.each(PLAN_ERROR_CODES)('refusal %s: a sentence on the web, shown for the code, and on the wire', (code) => {
    expect(w.refusal(code)).not.toBe(code);
    expect(w.refusal(code).length).toBeGreaterThan(20);
    expect(describeFailure(english.t, { code })).toBe(w.refusal(code));
    expect(ERROR_MESSAGES[code].length).toBeGreaterThan(10);
  });
});

const measured = { achievedMg: 0.6, errorMg: 0, errorPercent: 0 };
const mixture = {
  ...measured,
  method: 'water-titration' as const,
  pieces: [],
  suspendTabletMg: 0.5,
  mixVolumeMl: 100,
  concentrationMgPerMl: 0.005,
  takeMl: 2.4,
  discardMl: 97.6,
};

describe('measuring instructions name the amount and the tool', () => {
  it('a liquid: draw up 0.6\u00a0mL with a 1\u00a0mL oral syringe', () => {
    expect(measureLines(english, { ...measured, method: 'liquid', concentrationMgPerMl: 1, takeMl: 0.6 })).toEqual([
      'Draw up 0.6\u00a0mL of the 1\u00a0mg/mL liquid with a 1\u00a0mL oral syringe.',
    ]);
  });

  it('a home mixture: mix X mg in Y mL, draw up Z mL with the tool, discard the rest', () => {
    expect(measureLines(english, mixture)).toEqual([
      'Mix one 0.5\u00a0mg tablet into 100\u00a0mL of water (measure the water with a 100\u00a0mL measuring cylinder). Shake well.',
      'Draw up 2.4\u00a0mL with a 3\u00a0mL oral syringe and take it.',
      'Discard the rest (97.6\u00a0mL).',
    ]);
  });

  it('take 91.6\u00a0mL, discard 8.4\u00a0mL: the 8.4\u00a0mL is drawn up and discarded, the rest taken', () => {
    const lines = measureLines(english, {
      ...mixture,
      pieces: [{ strengthMg: 1, whole: 1, halves: 0 }],
      suspendTabletMg: 1,
      concentrationMgPerMl: 0.01,
      takeMl: 91.6,
      discardMl: 8.4,
    });
    expect(lines.slice(0, 1)).toEqual(['Take 1 × 1\u00a0mg tablet. Then, for the rest:']);
    expect(lines.slice(2)).toEqual([
      'Draw up 8.4\u00a0mL with a 10\u00a0mL oral syringe and discard it.',
      'Take all the rest (91.6\u00a0mL).',
    ]);
  });

  it('tablets and drops: each piece named, drops counted', () => {
    const pieces = [{ strengthMg: 0.5, whole: 2, halves: 1 }];
    expect(measureLines(english, { ...measured, method: 'tablets', pieces })).toEqual([
      'Take 2 × 0.5\u00a0mg tablet and half of a 0.5\u00a0mg tablet.',
    ]);
    expect(measureLines(english, { ...measured, method: 'drops', drops: 1 })).toEqual(['Take 1 drop.']);
    expect(measureLines(english, { ...measured, method: 'drops', drops: 4 })).toEqual(['Take 4 drops.']);
  });

  it('names each tool in words', () => {
    expect(w.toolText({ tool: 'oral_syringe', capacityMl: 5 })).toBe('a 5\u00a0mL oral syringe');
    expect(w.toolText({ tool: 'measuring_cylinder', capacityMl: 250 })).toBe('a 250\u00a0mL measuring cylinder');
  });
});

describe('in German', () => {
  let german = english;
  let de = w;
  beforeAll(async () => {
    german = words('de', (await inLanguage('de')).messages);
    de = createPlanWords(german);
  });

  it('keeps the exact figures with a decimal comma, and names the tool', () => {
    expect(measureLines(german, { ...measured, method: 'liquid', concentrationMgPerMl: 1, takeMl: 0.6 })).toEqual([
      'Ziehen Sie 0,6\u00a0mL der Lösung mit 1\u00a0mg/mL mit einer Oralspritze für 1\u00a0mL auf.',
    ]);
    expect(measureLines(german, mixture)[1]).toBe(
      'Ziehen Sie 2,4\u00a0mL mit einer Oralspritze für 3\u00a0mL auf und nehmen Sie es.',
    );
    expect(de.toolText({ tool: 'measuring_cylinder', capacityMl: 250 })).toBe('einen Messzylinder für 250\u00a0mL');
  });

  it('counts with German plurals and writes dates the German way', () => {
    expect(de.plan.addedDays(1)).toBe('1 Tag länger als gewünscht, um das Tempo zu halten.');
    expect(de.plan.addedDays(3)).toBe('3 Tage länger als gewünscht, um das Tempo zu halten.');
    expect(de.plan.warningSteps([2, 3, 4])).toBe('Betrifft die Schritte 3, 4 und 5.');
    expect(de.screen.from('2026-12-09')).toBe('Ab Mittwoch, 9. Dezember 2026');
    expect(de.plan.dayDoses([{ name: 'Clonazepam', mg: 0.375 }])).toBe('Tagesdosis: 0,375\u00a0mg');
  });

  it('has every warning, refusal and source in German', () => {
    for (const code of WARNING_CODES) expect(de.warning(code).message).not.toBe(w.warning(code).message);
    for (const code of PLAN_ERROR_CODES) expect(de.refusal(code)).not.toBe(w.refusal(code));
    expect(de.plan.sources(['nhs-scotland'])).toBe('Quellen: Umstellungstabelle des NHS Scotland.');
  });
});
