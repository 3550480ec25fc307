import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bwsq } from './bwsq.js';
import { ciwaB } from './ciwa-b.js';
import { findInstrument, INSTRUMENTS } from './registry.js';
import { maxScore, scoreInstrument } from './score.js';
import { findRedFlag } from '../red-flags.js';
import { ANSWER_SCALES } from './instrument.js';

/** Answers for CIWA-B that add up to `total` (items filled from the first, 4 at most each). */
function ciwaAnswers(total: number): number[] {
  return ciwaB.items.map((_, i) => Math.max(0, Math.min(4, total - 4 * i)));
}

describe('CIWA-B', () => {
  it('has 20 scored items in the published order: 17 self-rated, then 3 observer items', () => {
    expect(ciwaB.items).toHaveLength(20);
    expect(ciwaB.items.filter((i) => i.rater === 'self')).toHaveLength(17);
    expect(ciwaB.items.slice(17).map((i) => [i.id, i.rater])).toEqual([
      ['restlessness', 'observer'],
      ['tremor', 'observer'],
      ['sweating', 'observer'],
    ]);
    expect(ciwaB.items.map((i) => i.id).slice(0, 4)).toEqual(['irritable', 'fatigued', 'tense', 'concentration']);
    expect(ciwaB.unscored.map((q) => q.id)).toEqual(['hours-slept', 'minutes-to-sleep']);
    expect(maxScore(ciwaB)).toBe(80);
  });

  it.each([
    [0, 'none'],
    [1, 'mild'],
    [20, 'mild'],
    [21, 'moderate'],
    [40, 'moderate'],
    [41, 'severe'],
    [60, 'severe'],
    [61, 'very-severe'],
    [80, 'very-severe'],
  ])('scores a total of %i in band %s', (total, band) => {
    expect(scoreInstrument(ciwaB, ciwaAnswers(total))).toMatchObject({
      ok: true,
      value: { score: total, band, maxScore: 80 },
    });
  });

  it.each([
    [40, false],
    [41, true],
    [61, true],
  ])('says to contact a clinician for a total of %i: %s (the severe bands only)', (total, contact) => {
    expect(scoreInstrument(ciwaB, ciwaAnswers(total))).toMatchObject({
      ok: true,
      value: { contactClinician: contact },
    });
  });

  it.each([
    [[0, 1, 2], 'answers'],
    [[...ciwaAnswers(0), 0], 'answers'],
    [ciwaAnswers(0).map((v, i) => (i === 3 ? 5 : v)), 'answers.3'],
    [ciwaAnswers(0).map((v, i) => (i === 19 ? -1 : v)), 'answers.19'],
    [ciwaAnswers(0).map((v, i) => (i === 0 ? 1.5 : v)), 'answers.0'],
  ])('rejects %j naming %s', (answers, field) => {
    expect(scoreInstrument(ciwaB, answers)).toEqual({ ok: false, error: { code: 'invalid_input', field } });
  });
});

describe('BWSQ', () => {
  it('has 20 self-rated items scored 0-2, a raw total of 0-40, no band, and says the items and scoring are unchecked', () => {
    expect(bwsq.items).toHaveLength(20);
    expect(bwsq.items.every((i) => i.rater === 'self' && i.options.map((o) => o.value).join() === '0,1,2')).toBe(true);
    expect(maxScore(bwsq)).toBe(40);
    expect(bwsq.bands).toBeNull();
    expect(bwsq.evidence).toBe('unconfirmed');
  });

  it('gives the raw total with a null band', () => {
    expect(
      scoreInstrument(
        bwsq,
        bwsq.items.map(() => 2),
      ),
    ).toMatchObject({ ok: true, value: { score: 40, band: null } });
    expect(
      scoreInstrument(
        bwsq,
        bwsq.items.map(() => 0),
      ),
    ).toMatchObject({ ok: true, value: { score: 0, band: null } });
    expect(
      scoreInstrument(
        bwsq,
        bwsq.items.map((_, i) => (i === 7 ? 3 : 0)),
      ),
    ).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'answers.7' },
    });
  });
});

describe('every instrument', () => {
  it('has unique ids, unique item ids, a citation, and bands that cover 0 to the maximum without gaps', () => {
    expect(new Set(INSTRUMENTS.map((i) => i.id)).size).toBe(INSTRUMENTS.length);
    for (const instrument of INSTRUMENTS) {
      expect(findInstrument(instrument.id)).toBe(instrument);
      expect(new Set(instrument.items.map((i) => i.id)).size).toBe(instrument.items.length);
      expect(instrument.citation.length).toBeGreaterThan(20);
      if (instrument.bands) {
        expect(instrument.bands[0]?.min).toBe(0);
        expect(instrument.bands.at(-1)?.max).toBe(maxScore(instrument));
        instrument.bands.slice(1).forEach((band, i) => expect(band.min).toBe((instrument.bands?.[i]?.max ?? -2) + 1));
      }
    }
  });

  it('marks as red flags the items that ask about one, each a known red flag (BWSQ: hallucinations)', () => {
    const marked = INSTRUMENTS.flatMap((i) =>
      i.items.flatMap((item) => (item.redFlag ? [[i.id, item.id, item.redFlag]] : [])),
    );
    expect(marked).toEqual([['bwsq', 'hallucinations', 'hallucinations']]);
    for (const [, , kind] of marked) expect(findRedFlag(kind ?? '')?.urgency).toBe('emergency');
  });

  test.prop([
    fc
      .constantFrom(...INSTRUMENTS)
      .chain((instrument) =>
        fc.tuple(
          fc.constant(instrument),
          fc.tuple(...instrument.items.map((item) => fc.constantFrom(...item.options.map((o) => o.value)))),
        ),
      ),
  ])(
    'scores any valid answers as their sum, inside 0..max, in exactly one band when bands exist',
    ([instrument, answers]) => {
      const result = scoreInstrument(instrument, answers);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.score).toBe(answers.reduce((a, b) => a + b, 0));
      expect(result.value.score).toBeLessThanOrEqual(maxScore(instrument));
      expect(result.value.band === null).toBe(instrument.bands === null);
    },
  );
});

describe('an instrument is codes and numbers, never sentences', () => {
  /** Every string an instrument holds, wherever it is. */
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value !== null && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];

  it.each(INSTRUMENTS.map((i) => [i.id, i] as const))('%s: ids, a scale per item, and a citation only', (_id, i) => {
    const { citation, ...rest } = i;
    expect(citation.length).toBeGreaterThan(20);
    // Ids and codes are short words joined by hyphens; no sentence (a space) is left for the web to show.
    for (const text of strings(rest)) expect(text, text).toMatch(/^[A-Za-z0-9-]+$/);
    const ids = [...i.items.map((item) => item.id), ...i.unscored.map((q) => q.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(i.items.every((item) => ANSWER_SCALES.includes(item.scale))).toBe(true);
    expect(new Set(i.bands?.map((b) => b.id)).size).toBe(i.bands?.length ?? 0);
  });

  it('scores without a band label: the band is an id the screens name', () => {
    const result = scoreInstrument(ciwaB, ciwaAnswers(30));
    expect(result).toEqual({ ok: true, value: { score: 30, maxScore: 80, band: 'moderate', contactClinician: false } });
  });
});
