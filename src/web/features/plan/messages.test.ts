import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../api/error-messages.js';
import { PLAN_ERROR_CODES, WARNING_CODES } from '../../../core/index.js';
import { describeFailure } from '../../describe-failure.js';
import { createTranslator, englishMessages } from '../../i18n/catalogue.js';
import { measureLines, toolText, WARNING_WORDS } from './messages.js';
import { REFUSAL_WORDS } from './refusal-words.js';

describe('every code the planner answers with has words', () => {
  it.each(WARNING_CODES)('warning %s: a sentence and a source', (code) => {
    expect(WARNING_WORDS[code].message.length).toBeGreaterThan(20);
    expect(WARNING_WORDS[code].source.length).toBeGreaterThan(5);
  });

  it.each(PLAN_ERROR_CODES)('refusal %s: a sentence on the web, shown for the code, and on the wire', (code) => {
    expect(REFUSAL_WORDS[code].length).toBeGreaterThan(20);
    expect(describeFailure(createTranslator('en', englishMessages()), { code })).toBe(REFUSAL_WORDS[code]);
    expect(ERROR_MESSAGES[code].length).toBeGreaterThan(10);
  });
});

const measured = { achievedMg: 0.6, errorMg: 0, errorPercent: 0 };

describe('measuring instructions name the amount and the tool', () => {
  it('a liquid: draw up 0.6 mL with a 1 mL oral syringe', () => {
    expect(measureLines({ ...measured, method: 'liquid', concentrationMgPerMl: 1, takeMl: 0.6 })).toEqual([
      'Draw up 0.6 mL of the 1 mg/mL liquid with a 1 mL oral syringe.',
    ]);
  });

  it('a home mixture: mix X mg in Y mL, draw up Z mL with the tool, discard the rest', () => {
    const lines = measureLines({
      ...measured,
      method: 'water-titration',
      pieces: [],
      suspendTabletMg: 0.5,
      mixVolumeMl: 100,
      concentrationMgPerMl: 0.005,
      takeMl: 2.4,
      discardMl: 97.6,
    });
    expect(lines).toEqual([
      'Mix one 0.5 mg tablet into 100 mL of water (measure the water with a 100 mL measuring cylinder). Shake well.',
      'Draw up 2.4 mL with a 3 mL oral syringe and take it.',
      'Discard the rest (97.6 mL).',
    ]);
  });

  it('take 91.6 mL, discard 8.4 mL: the 8.4 mL is drawn up and discarded, the rest taken', () => {
    const lines = measureLines({
      ...measured,
      method: 'water-titration',
      pieces: [{ strengthMg: 1, whole: 1, halves: 0 }],
      suspendTabletMg: 1,
      mixVolumeMl: 100,
      concentrationMgPerMl: 0.01,
      takeMl: 91.6,
      discardMl: 8.4,
    });
    expect(lines.slice(2)).toEqual([
      'Draw up 8.4 mL with a 10 mL oral syringe and discard it.',
      'Take all the rest (91.6 mL).',
    ]);
  });

  it('names each tool in words', () => {
    expect(toolText({ tool: 'oral_syringe', capacityMl: 5 })).toBe('a 5 mL oral syringe');
    expect(toolText({ tool: 'measuring_cylinder', capacityMl: 250 })).toBe('a 250 mL measuring cylinder');
  });
});
