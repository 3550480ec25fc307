/** The medications as data: integrity of every entry, and the clonazepam figures from clinical.md §0, §1.1, §4.3. */
import { describe, expect, it } from 'vitest';
import type { DosageForm, Medication } from './medication.js';
import { MEDICATION_NAMES, medicationName } from './names.js';
import { CROSSOVER_TARGET_ID, findForm, findMedication, MEDICATIONS } from './registry.js';

function clonazepam(): Medication {
  const found = findMedication('clonazepam');
  if (!found) throw new Error('clonazepam is missing');
  return found;
}

const strengthsOf = (form: DosageForm | undefined) => (form && 'strengths' in form ? form.strengths : []);

describe('medication registry', () => {
  it('has unique, lower-case ids, each found by findMedication', () => {
    const ids = MEDICATIONS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MEDICATIONS) {
      expect(m.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(findMedication(m.id)).toBe(m);
    }
    expect(findMedication('bromazepam')).toBeUndefined();
    expect(findMedication(CROSSOVER_TARGET_ID)?.name).toBe('Diazepam');
  });

  it.each(MEDICATIONS.map((m) => [m.id, m] as const))(
    '%s: name, brands, half-life, an equivalent, a form, positive strengths',
    (_id, m) => {
      expect(m.name.trim().length).toBeGreaterThan(0);
      expect(m.brandNames.length).toBeGreaterThanOrEqual(1);
      for (const brand of m.brandNames) expect(brand.trim().length).toBeGreaterThan(0);

      const halfLife = m.halfLifeHours.value;
      expect(halfLife.low).toBeGreaterThan(0);
      expect(halfLife.low).toBeLessThanOrEqual(halfLife.high);
      if (halfLife.metaboliteHigh !== undefined) expect(halfLife.metaboliteHigh).toBeGreaterThanOrEqual(halfLife.high);

      expect(m.equivalents.length).toBeGreaterThanOrEqual(1);
      expect(new Set(m.equivalents.map((e) => e.table)).size).toBe(m.equivalents.length);
      for (const e of m.equivalents) {
        expect(e.mgLow).toBeGreaterThan(0);
        expect(e.mgLow).toBeLessThanOrEqual(e.mgHigh);
      }

      expect(m.forms.length).toBeGreaterThanOrEqual(1);
      expect(new Set(m.forms.map((f) => f.kind)).size).toBe(m.forms.length);
      for (const form of m.forms) {
        switch (form.kind) {
          case 'tablet':
          case 'odt':
          case 'capsule': {
            expect(form.strengths.length).toBeGreaterThanOrEqual(1);
            const mgs = form.strengths.map((s) => s.mg);
            expect(new Set(mgs).size).toBe(mgs.length);
            for (const s of form.strengths) {
              expect(s.mg).toBeGreaterThan(0);
              // Whole micrograms, and a half of a scored tablet is too.
              expect(Math.abs(s.mg * 1000 - Math.round(s.mg * 1000))).toBeLessThan(1e-6);
              if (s.pieces === 2) expect(Number.isInteger((s.mg * 1000) / 2)).toBe(true);
            }
            // Capsules and orally disintegrating tablets are never split.
            if (form.kind !== 'tablet') expect(form.strengths.every((s) => s.pieces === 1)).toBe(true);
            break;
          }
          case 'liquid':
            expect(form.mgPerMl).toBeGreaterThan(0);
            break;
          case 'drops':
            expect(form.mgPerMl).toBeGreaterThan(0);
            expect(form.mgPerDrop).toBeGreaterThan(0);
            break;
        }
      }
      for (const indication of m.specialistFirstFor)
        expect(['anxiety', 'panic', 'sleep', 'epilepsy', 'other']).toContain(indication);
    },
  );

  it('gives a source for every figure that is not marked unconfirmed', () => {
    for (const m of MEDICATIONS) {
      const figures = [
        { what: `${m.id} half-life`, status: m.halfLifeHours.status, sources: m.halfLifeHours.sources },
        ...m.equivalents.map((e) => ({ what: `${m.id} ${e.table} equivalent`, status: e.status, sources: e.sources })),
        ...m.forms.map((f) => ({ what: `${m.id} ${f.kind}`, status: f.status, sources: f.sources })),
      ];
      for (const figure of figures) {
        if (figure.status !== 'unconfirmed') expect(figure.sources.length, figure.what).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('keeps diazepam, the crossover target, at 10 mg in both tables, with its 2, 5 and 10 mg tablets and 1 mg/mL liquid', () => {
    const diazepam = findMedication(CROSSOVER_TARGET_ID);
    expect(diazepam?.equivalents.map((e) => [e.table, e.mgLow, e.mgHigh])).toEqual([
      ['ashton', 10, 10],
      ['va-dod', 10, 10],
    ]);
    expect(strengthsOf(diazepam && findForm(diazepam, 'tablet')).map((s) => s.mg)).toEqual([2, 5, 10]);
    expect(diazepam && findForm(diazepam, 'liquid')).toMatchObject({ kind: 'liquid', mgPerMl: 1 });
  });
});

describe('clonazepam (clinical.md §0, §1.1, §4.3)', () => {
  it('has the Ashton (0.5 mg) and VA/DoD (1 mg) equivalents of diazepam 10 mg, both confirmed', () => {
    const byTable = new Map(clonazepam().equivalents.map((e) => [e.table, e]));
    expect(byTable.get('ashton')).toMatchObject({ mgLow: 0.5, mgHigh: 0.5, status: 'confirmed' });
    expect(byTable.get('va-dod')).toMatchObject({ mgLow: 1, mgHigh: 1, status: 'confirmed' });
  });

  it('has a half-life of 18-50 h', () => {
    expect(clonazepam().halfLifeHours.value).toMatchObject({ low: 18, high: 50 });
  });

  it('comes as 0.5 mg (scored, two pieces), 1 mg and 2 mg tablets; only the 0.5 mg is split', () => {
    const tablets = strengthsOf(findForm(clonazepam(), 'tablet'));
    expect(tablets).toEqual(
      expect.arrayContaining([
        { mg: 0.5, pieces: 2 },
        { mg: 1, pieces: 1 },
        { mg: 2, pieces: 1 },
      ]),
    );
    expect(tablets.filter((s) => s.pieces === 2).map((s) => s.mg)).toEqual([0.5]);
  });

  it('comes as 0.125, 0.25 and 0.5 mg orally disintegrating tablets', () => {
    expect(strengthsOf(findForm(clonazepam(), 'odt')).map((s) => s.mg)).toEqual([0.125, 0.25, 0.5]);
  });

  it('comes as drops of 2.5 mg/mL at 0.1 mg a drop (25 drops a mL)', () => {
    const drops = findForm(clonazepam(), 'drops');
    expect(drops).toMatchObject({ kind: 'drops', mgPerMl: 2.5, mgPerDrop: 0.1, status: 'confirmed' });
    if (drops?.kind === 'drops') expect(drops.mgPerMl / drops.mgPerDrop).toBeCloseTo(25, 9);
  });

  it('needs a specialist first when taken for epilepsy', () => {
    expect(clonazepam().specialistFirstFor).toContain('epilepsy');
  });
});

describe('medication names', () => {
  it('names every medication in the registry, and only those', () => {
    expect(Object.keys(MEDICATION_NAMES).sort()).toEqual(MEDICATIONS.map((m) => m.id).sort());
    for (const m of MEDICATIONS) expect(medicationName(m.id), m.id).toBe(m.name);
    expect(medicationName('not-a-medicine')).toBeUndefined();
  });
});
