/**
 * Measuring arithmetic (clinical.md §4.1-4.3): water titration, commercial liquid, drops and tablet pieces.
 * Every worked number below was checked by hand.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TabletStrength } from '../medications/medication.js';
import { err, ok } from '../result.js';
import {
  createTabletCounter,
  measureFor,
  realiseWithDrops,
  realiseWithLiquid,
  realiseWithTablets,
  realiseWithTitration,
  tabletMeasure,
  titrate,
  titrationMeasure,
  type TabletPiece,
} from './measuring.js';

const pieceCount = (pieces: readonly TabletPiece[]): number => pieces.reduce((n, p) => n + p.whole + p.halves, 0);
const pieceSumUg = (pieces: readonly TabletPiece[]): number =>
  pieces.reduce(
    (sum, p) => sum + Math.round(p.strengthMg * 1000) * p.whole + Math.round(p.strengthMg * 500) * p.halves,
    0,
  );

const CLONAZEPAM_US: readonly TabletStrength[] = [
  { mg: 0.5, pieces: 2 },
  { mg: 1, pieces: 1 },
  { mg: 2, pieces: 1 },
];
const CLONAZEPAM_ALL: readonly TabletStrength[] = [{ mg: 0.25, pieces: 1 }, ...CLONAZEPAM_US];
const DIAZEPAM_TABLETS: readonly TabletStrength[] = [
  { mg: 2, pieces: 1 },
  { mg: 5, pieces: 1 },
  { mg: 10, pieces: 1 },
];

describe('titrate: one tablet in water (clinical.md §4.1-4.2)', () => {
  const SUSPENSION = ['home_mixture'];

  it('1 mg in 100 mL for 0.45 mg: 0.01 mg/mL, take 45 mL, discard 55 mL, exact, and always the suspension caution', () => {
    expect(titrate({ tabletMg: 1, volumeMl: 100, doseMg: 0.45, syringeMl: 0.1 })).toEqual(
      ok({
        concentrationMgPerMl: 0.01,
        takeMl: 45,
        discardMl: 55,
        achievedMg: 0.45,
        errorMg: 0,
        errorPercent: 0,
        warnings: SUSPENSION,
      }),
    );
  });

  it('rounds the volume to the syringe markings and states the error in mg and %', () => {
    // 0.5 mg in 100 mL = 0.005 mg/mL; 0.123 mg needs 24.6 mL.
    // With a 1 mL syringe: 25 mL = 0.125 mg, 0.002 mg too much, 0.002 / 0.123 = +1.626 %.
    expect(titrate({ tabletMg: 0.5, volumeMl: 100, doseMg: 0.123, syringeMl: 1 })).toEqual(
      ok({
        concentrationMgPerMl: 0.005,
        takeMl: 25,
        discardMl: 75,
        achievedMg: 0.125,
        errorMg: 0.002,
        errorPercent: 1.626,
        warnings: SUSPENSION,
      }),
    );
    // With 0.5 mL markings: 24.5 mL = 0.1225 mg, 0.0005 mg too little, -0.407 %.
    expect(titrate({ tabletMg: 0.5, volumeMl: 100, doseMg: 0.123, syringeMl: 0.5 })).toMatchObject(
      ok({ takeMl: 24.5, discardMl: 75.5, achievedMg: 0.1225, errorMg: -0.0005, errorPercent: -0.407 }),
    );
    // With 0.1 mL markings 24.6 mL is exact.
    expect(titrate({ tabletMg: 0.5, volumeMl: 100, doseMg: 0.123, syringeMl: 0.1 })).toMatchObject(
      ok({ takeMl: 24.6, achievedMg: 0.123, errorMg: 0, errorPercent: 0 }),
    );
  });

  it('flags an error over 2 % as imprecise_measure, and not one of exactly 2 %', () => {
    // 0.5 mg in 100 mL, 1 mL syringe: 0.012 mg needs 2.4 mL, rounds to 2 mL = 0.01 mg, 0.002 mg (-16.667 %) under.
    expect(titrate({ tabletMg: 0.5, volumeMl: 100, doseMg: 0.012, syringeMl: 1 })).toEqual(
      ok({
        concentrationMgPerMl: 0.005,
        takeMl: 2,
        discardMl: 98,
        achievedMg: 0.01,
        errorMg: -0.002,
        errorPercent: -16.667,
        warnings: ['home_mixture', 'imprecise_measure'],
      }),
    );
    // 1 mg in 100 mL, 1 mL syringe: 0.255 mg needs 25.5 mL, rounds to 26 mL = 0.26 mg, +1.961 %: within the rule.
    expect(titrate({ tabletMg: 1, volumeMl: 100, doseMg: 0.255, syringeMl: 1 })).toMatchObject(
      ok({ takeMl: 26, errorMg: 0.005, errorPercent: 1.961, warnings: SUSPENSION }),
    );
    // 1 mg in 100 mL, 1 mL syringe: 0.245 mg needs 24.5 mL, rounds to 25 mL = 0.25 mg, +2.041 %: flagged.
    expect(titrate({ tabletMg: 1, volumeMl: 100, doseMg: 0.245, syringeMl: 1 })).toMatchObject(
      ok({ takeMl: 25, errorMg: 0.005, errorPercent: 2.041, warnings: ['home_mixture', 'imprecise_measure'] }),
    );
  });

  it('takes the whole mixture for a dose of the whole tablet', () => {
    expect(titrate({ tabletMg: 0.5, volumeMl: 100, doseMg: 0.5, syringeMl: 0.1 })).toMatchObject(
      ok({ takeMl: 100, discardMl: 0, achievedMg: 0.5, errorMg: 0 }),
    );
  });

  it('measures a dose of exactly one mark: 0.001 mg from 1 mg in 100 mL is 0.1 mL', () => {
    expect(titrate({ tabletMg: 1, volumeMl: 100, doseMg: 0.001, syringeMl: 0.1 })).toMatchObject(
      ok({ takeMl: 0.1, discardMl: 99.9, achievedMg: 0.001, errorMg: 0 }),
    );
  });

  it.each([
    ['a mixing volume of 0', { volumeMl: 0 }, 'volumeMl'],
    ['a negative mixing volume', { volumeMl: -100 }, 'volumeMl'],
    ['a dose of 0', { doseMg: 0 }, 'doseMg'],
    ['a negative dose', { doseMg: -0.1 }, 'doseMg'],
    ['a syringe step of 0', { syringeMl: 0 }, 'syringeMl'],
    ['a negative syringe step', { syringeMl: -0.1 }, 'syringeMl'],
    ['a tablet of 0 mg', { tabletMg: 0 }, 'tabletMg'],
    ['a volume that is not a number', { volumeMl: Number.NaN }, 'volumeMl'],
    ['an infinite volume', { volumeMl: Number.POSITIVE_INFINITY }, 'volumeMl'],
  ] as const)('refuses %s, naming the field', (_, change, field) => {
    expect(titrate({ tabletMg: 1, volumeMl: 100, doseMg: 0.45, syringeMl: 0.1, ...change })).toEqual(
      err({ code: 'not_positive', field }),
    );
  });

  it('refuses a dose that needs more than the whole mixture instead of clamping it', () => {
    expect(titrate({ tabletMg: 0.5, volumeMl: 100, doseMg: 0.7, syringeMl: 0.1 })).toEqual(
      err({ code: 'more_than_mixture', field: 'doseMg', tabletMg: 0.5 }),
    );
  });

  it('refuses a dose whose volume is below the syringe’s smallest mark', () => {
    // 1 mg in 100 mL: 0.0004 mg is 0.04 mL, which a 0.1 mL syringe would round to 0 mL.
    expect(titrate({ tabletMg: 1, volumeMl: 100, doseMg: 0.0004, syringeMl: 0.1 })).toEqual(
      err({ code: 'below_smallest_mark', field: 'doseMg', neededMl: 0.04, syringeMl: 0.1 }),
    );
    // 0.0006 mg is 0.06 mL: it would round up to one mark (+67 %), still less than the syringe can measure.
    expect(titrate({ tabletMg: 1, volumeMl: 100, doseMg: 0.0006, syringeMl: 0.1 })).toEqual(
      err({ code: 'below_smallest_mark', field: 'doseMg', neededMl: 0.06, syringeMl: 0.1 }),
    );
    // 0.004 mg is 0.4 mL, four marks: measurable.
    expect(titrate({ tabletMg: 1, volumeMl: 100, doseMg: 0.004, syringeMl: 0.1 })).toMatchObject(
      ok({ takeMl: 0.4, errorMg: 0 }),
    );
  });

  test.prop(
    [
      fc.constantFrom(0.125, 0.25, 0.5, 1, 2),
      fc.constantFrom(30, 100, 200, 250, 500),
      fc.constantFrom(0.01, 0.02, 0.05, 0.1, 0.5, 1),
      fc.double({ min: 0.0001, max: 1, noNaN: true }),
    ],
    { numRuns: 300 },
  )(
    'for any measurable dose: achieved = take × concentration, off by at most half a mark, flagged iff over 2 %',
    (tabletMg, volumeMl, syringeMl, share) => {
      const doseMg = Number((tabletMg * share).toFixed(6));
      const result = titrate({ tabletMg, volumeMl, doseMg, syringeMl });
      const concentration = tabletMg / volumeMl;
      if (!result.ok) {
        // The only refusal valid numbers can meet: less than one mark.
        expect(result.error).toMatchObject({ code: 'below_smallest_mark', field: 'doseMg' });
        expect(doseMg / concentration).toBeLessThan(syringeMl);
        return;
      }
      const t = result.value;
      expect(t.concentrationMgPerMl).toBeCloseTo(concentration, 6);
      expect(t.takeMl).toBeGreaterThanOrEqual(syringeMl);
      expect(t.takeMl + t.discardMl).toBeCloseTo(volumeMl, 6);
      expect(Math.abs(t.achievedMg - t.takeMl * concentration)).toBeLessThan(1e-6);
      expect(Math.abs(t.errorMg)).toBeLessThanOrEqual((syringeMl / 2) * concentration + 2e-6);
      expect(Math.abs(t.achievedMg - doseMg - t.errorMg)).toBeLessThan(1e-6);
      expect(Math.abs(t.errorPercent - ((t.takeMl * concentration - doseMg) / doseMg) * 100)).toBeLessThan(1e-3);
      expect(t.warnings).toContain('home_mixture');
      expect(t.warnings.includes('imprecise_measure')).toBe(Math.abs(t.errorPercent) > 2);
    },
  );
});

describe('realiseWithTitration: whole pieces plus one suspended tablet for the rest', () => {
  const counter = createTabletCounter(CLONAZEPAM_ALL);

  it('1.313 mg clonazepam: 1 mg + 0.25 mg whole, and 25.2 mL of a 0.25 mg tablet in 100 mL (0.063 mg)', () => {
    expect(realiseWithTitration(1313, counter, 0.25, { syringeMl: 0.1 })).toEqual({
      method: 'water-titration',
      pieces: [
        { strengthMg: 1, whole: 1, halves: 0 },
        { strengthMg: 0.25, whole: 1, halves: 0 },
      ],
      suspendTabletMg: 0.25,
      mixVolumeMl: 100,
      concentrationMgPerMl: 0.0025,
      takeMl: 25.2,
      discardMl: 74.8,
      achievedMg: 1.313,
      errorMg: 0,
      errorPercent: 0,
    });
  });

  it('needs no mixture when pieces make the dose, and nothing for 0', () => {
    expect(realiseWithTitration(1250, counter, 0.25, { syringeMl: 0.1 })).toMatchObject({
      method: 'tablets',
      achievedMg: 1.25,
      errorMg: 0,
    });
    expect(realiseWithTitration(0, counter, 0.25, { syringeMl: 0.1 })).toMatchObject({ method: 'none', achievedMg: 0 });
  });

  it('tries larger volumes until the error is within 2%', () => {
    // 0.005 mg from a 0.25 mg tablet with a 1 mL syringe: 100 mL -> 2 mL = 0.005 (exact).
    expect(realiseWithTitration(5, counter, 0.25, { syringeMl: 1 })).toMatchObject({
      mixVolumeMl: 100,
      takeMl: 2,
      achievedMg: 0.005,
      errorMg: 0,
    });
    // 0.003 mg: 100 mL -> 1.2 mL rounds to 1 mL = 0.0025 (-16.7%); 200 mL -> 2.4 -> 2 mL (-16.7%);
    // 250 mL -> 3 mL = 0.003 exactly.
    expect(realiseWithTitration(3, counter, 0.25, { syringeMl: 1 })).toMatchObject({
      mixVolumeMl: 250,
      takeMl: 3,
      achievedMg: 0.003,
      errorMg: 0,
    });
    // A fixed volume is kept even when the error is larger: 0.0025 mg, -16.667%.
    expect(realiseWithTitration(3, counter, 0.25, { syringeMl: 1, mixVolumeMl: 100 })).toMatchObject({
      mixVolumeMl: 100,
      takeMl: 1,
      achievedMg: 0.0025,
      errorPercent: -16.667,
    });
  });
});

describe('commercial liquid and drops', () => {
  it('diazepam 1 mg/mL, 2.35 mg with a 0.1 mL syringe: 23.5 markings round up to 2.4 mL, 0.05 mg (2.1%) over', () => {
    expect(realiseWithLiquid(2350, 1, 0.1)).toEqual({
      method: 'liquid',
      concentrationMgPerMl: 1,
      takeMl: 2.4,
      achievedMg: 2.4,
      errorMg: 0.05,
      errorPercent: 2.128,
    });
    expect(realiseWithLiquid(2340, 1, 0.1)).toMatchObject({ takeMl: 2.3, errorMg: -0.04, errorPercent: -1.709 });
    expect(realiseWithLiquid(2300, 1, 0.1)).toMatchObject({ takeMl: 2.3, errorMg: 0, errorPercent: 0 });
  });

  it('clonazepam drops, 0.1 mg a drop: 0.3 mg is 3 drops', () => {
    expect(realiseWithDrops(300, 0.1)).toEqual({
      method: 'drops',
      mgPerDrop: 0.1,
      drops: 3,
      achievedMg: 0.3,
      errorMg: 0,
      errorPercent: 0,
    });
    expect(realiseWithDrops(1700, 0.1)).toMatchObject({ drops: 17, errorMg: 0 });
    expect(realiseWithDrops(340, 0.1)).toMatchObject({ drops: 3, achievedMg: 0.3, errorMg: -0.04 });
    expect(realiseWithDrops(0, 0.1)).toMatchObject({ method: 'none', achievedMg: 0 });
  });

  it('measures liquid on a grid of one syringe marking, drops on a grid of one drop', () => {
    const liquid = measureFor({ kind: 'liquid', mgPerMl: 1, status: 'secondary', sources: [] }, { syringeMl: 0.1 });
    expect([liquid?.smallestUg, liquid?.floor(2350), liquid?.ceil(2350), liquid?.homeMixture]).toEqual([
      100,
      2300,
      2400,
      false,
    ]);
    const drops = measureFor(
      { kind: 'drops', mgPerMl: 2.5, mgPerDrop: 0.1, status: 'confirmed', sources: [] },
      { syringeMl: 0.1 },
    );
    expect([drops?.smallestUg, drops?.floor(350), drops?.ceil(350)]).toEqual([100, 300, 400]);
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 40_000 }),
      fc.constantFrom(0.5, 1, 2.5, 5),
      fc.constantFrom(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1),
    ],
    { numRuns: 200 },
  )('a liquid is off by at most half a marking', (ug, mgPerMl, syringeMl) => {
    const r = realiseWithLiquid(ug, mgPerMl, syringeMl);
    expect(Math.abs(r.errorMg)).toBeLessThanOrEqual((mgPerMl * syringeMl) / 2 + 1e-6);
    expect(Math.abs(r.achievedMg - ug / 1000 - r.errorMg)).toBeLessThan(1e-6);
  });
});

describe('tablet counter', () => {
  it('clonazepam 1.75 mg from 0.5 mg (scored), 1 mg and 2 mg: three pieces, 1 mg + 0.5 mg + half a 0.5 mg', () => {
    const best = createTabletCounter(CLONAZEPAM_US).atOrBelow(1750);
    expect(best.ug).toBe(1750);
    expect(pieceCount(best.pieces)).toBe(3);
    expect(pieceSumUg(best.pieces)).toBe(1750);
    expect(best.pieces).toEqual([
      { strengthMg: 1, whole: 1, halves: 0 },
      { strengthMg: 0.5, whole: 1, halves: 1 },
    ]);
  });

  it('prefers a whole 0.25 mg tablet to half a 0.5 mg one at the same count', () => {
    const best = createTabletCounter(CLONAZEPAM_ALL).atOrBelow(1750);
    expect(pieceCount(best.pieces)).toBe(3);
    expect(best.pieces.every((p) => p.halves === 0)).toBe(true);
  });

  it('makes only what the pieces make: diazepam 2, 5 and 10 mg make no 1 or 3 mg', () => {
    const counter = createTabletCounter(DIAZEPAM_TABLETS);
    expect(counter.atOrBelow(3000).ug).toBe(2000);
    expect(counter.atOrAbove(3000)).toBe(4000);
    expect(counter.atOrAbove(1000)).toBe(2000);
    expect(counter.atOrBelow(1999)).toEqual({ ug: 0, pieces: [] });
    const thirteen = counter.atOrBelow(13_000);
    expect([thirteen.ug, pieceCount(thirteen.pieces)]).toEqual([13_000, 5]);
    expect(counter.smallestPieceUg).toBe(2000);
    expect(counter.unitUg).toBe(1000);
  });

  it('realises a dose with the largest amount at or below it', () => {
    const counter = createTabletCounter(CLONAZEPAM_US);
    expect(realiseWithTablets(1800, counter)).toMatchObject({
      method: 'tablets',
      achievedMg: 1.75,
      errorMg: -0.05,
      errorPercent: -2.778,
    });
    const m = tabletMeasure(CLONAZEPAM_US);
    expect([m.floor(1800), m.ceil(1800), m.smallestUg]).toEqual([1750, 2000, 250]);
  });

  /** Fewest pieces for every amount in units of 250 µg, by breadth-first search (an independent count). */
  function fewestPieces(pieceUgs: readonly number[], maxUg: number): Map<number, number> {
    const best = new Map<number, number>([[0, 0]]);
    let frontier = [0];
    for (let n = 1; frontier.length > 0; n++) {
      const next: number[] = [];
      for (const sum of frontier) {
        for (const p of pieceUgs) {
          const s = sum + p;
          if (s <= maxUg && !best.has(s)) {
            best.set(s, n);
            next.push(s);
          }
        }
      }
      frontier = next;
    }
    return best;
  }

  const strengthSetArb = fc.subarray(
    [
      { mg: 0.125, pieces: 1 as const },
      { mg: 0.25, pieces: 1 as const },
      { mg: 0.5, pieces: 2 as const },
      { mg: 1, pieces: 1 as const },
      { mg: 2, pieces: 2 as const },
      { mg: 5, pieces: 1 as const },
      { mg: 10, pieces: 1 as const },
    ],
    { minLength: 1 },
  );

  test.prop([strengthSetArb, fc.integer({ min: 0, max: 12_000 })], { numRuns: 150 })(
    'finds the largest makeable amount at or below the target, with the fewest pieces',
    (strengths, target) => {
      const counter = createTabletCounter(strengths);
      const pieceUgs = strengths.flatMap((s) => (s.pieces === 2 ? [s.mg * 1000, s.mg * 500] : [s.mg * 1000]));
      const reachable = fewestPieces(pieceUgs, target + Math.max(...pieceUgs));
      const best = counter.atOrBelow(target);
      const expected = Math.max(...[...reachable.keys()].filter((ug) => ug <= target));
      expect(best.ug).toBe(expected);
      expect(pieceSumUg(best.pieces)).toBe(best.ug);
      expect(pieceCount(best.pieces)).toBe(reachable.get(best.ug));
      // No piece is split unless its strength is scored.
      for (const p of best.pieces)
        if (p.halves > 0) expect(strengths.find((s) => s.mg === p.strengthMg)?.pieces).toBe(2);
      const above = counter.atOrAbove(target);
      expect(above).toBe(Math.min(...[...reachable.keys()].filter((ug) => ug >= target)));
    },
  );
});

describe('home mixture measure', () => {
  it('measures every microgram, down to the dose one marking of the largest volume keeps within 2%', () => {
    // 0.25 mg in 500 mL = 0.0005 mg/mL; a 0.1 mL marking holds 0.05 µg; half of it is 2% of 1.25 µg -> 2 µg.
    const m = titrationMeasure(CLONAZEPAM_ALL, { syringeMl: 0.1 });
    expect([m.smallestUg, m.floor(1234.7), m.ceil(1234.2), m.homeMixture]).toEqual([2, 1234, 1235, true]);
    // 0.5 mg in a fixed 100 mL with a 1 mL syringe: 5 µg a marking -> 125 µg.
    expect(titrationMeasure(CLONAZEPAM_US, { syringeMl: 1, mixVolumeMl: 100 }).smallestUg).toBe(125);
  });
});
