/** The words of the medication facts (half-life, equivalents, their sources and status), on the registry's own data. */
import { describe, expect, it } from 'vitest';
import { findMedication, MEDICATIONS, type Medication } from '../../../core/index.js';
import { ENGLISH, wordsOf } from '../../i18n/test-i18n.js';
import { createPlanWords } from './plan-words.js';

const t = createPlanWords({ locale: 'en', ...wordsOf(ENGLISH) }).facts;

function medication(id: string): Medication {
  const found = findMedication(id);
  if (!found) throw new Error(`${id} is missing`);
  return found;
}

describe('medication facts', () => {
  it('gives the half-life in hours, and says it is from a secondary table, naming the tables', () => {
    const { value, status, sources } = medication('clonazepam').halfLifeHours;
    expect(t.halfLife(value.low, value.high, value.metaboliteHigh)).toBe('Half-life: 18–50 hours.');
    expect(t.evidence(status, sources)).toBe(
      'From a secondary table, not yet checked against the original: NHS Scotland switching table; Bluelight conversion chart.',
    );
  });

  it('adds the active metabolite where one is given', () => {
    const { value } = medication('diazepam').halfLifeHours;
    expect(t.halfLife(value.low, value.high, value.metaboliteHigh)).toBe(
      'Half-life: 20–100 hours; its active metabolite up to 200 hours.',
    );
  });

  it('shows both equivalence tables, dated, with the sources they were read from', () => {
    const lines = medication('clonazepam').equivalents.map(
      (e) => `${t.equivalent(e.table, e.mgLow, e.mgHigh)} ${t.evidence(e.status, e.sources)}`,
    );
    expect(lines).toEqual([
      'Ashton (2007 table): 0.5 mg. Source: Joint Clinical Practice Guideline (2025); Ashton equivalence table (revised April 2007).',
      'VA/DoD (2021): 1 mg. Source: Joint Clinical Practice Guideline (2025); VA/DoD guideline (2021).',
    ]);
    expect(t.equivalent('ashton', 5, 6)).toBe('Ashton (2007 table): 5–6 mg.');
  });

  it('says plainly when a figure is not yet checked against any source', () => {
    const { status, sources } = medication('nitrazepam').halfLifeHours;
    expect(status).toBe('unconfirmed');
    expect(t.evidence(status, sources)).toMatch(/^Not yet checked against a published source/);
    expect(t.evidence('confirmed', [])).toMatch(/^Not yet checked/);
    expect(t.evidence('something-new', ['openfda'])).toMatch(/^Not yet checked/);
  });

  it('has a readable name for every source a medication cites', () => {
    const ids = new Set(
      MEDICATIONS.flatMap((m) => [
        ...m.halfLifeHours.sources,
        ...m.equivalents.flatMap((e) => e.sources),
        ...m.forms.flatMap((f) => f.sources),
      ]),
    );
    for (const id of ids) expect(t.evidence('confirmed', [id]), id).not.toContain(id);
  });
});
