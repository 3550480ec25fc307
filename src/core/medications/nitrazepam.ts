import type { Medication } from './medication.js';

/** Ashton equivalent 10 mg: secondary (NHS Scotland gives the same ratio). Half-life: secondary. Strength: not yet checked. */
export const nitrazepam: Medication = {
  id: 'nitrazepam',
  name: 'Nitrazepam',
  brandNames: ['Mogadon'],
  halfLifeHours: { value: { low: 15, high: 38 }, status: 'secondary', sources: ['nhs-scotland'] },
  equivalents: [{ table: 'ashton', mgLow: 10, mgHigh: 10, status: 'secondary', sources: ['nhs-scotland'] }],
  forms: [{ kind: 'tablet', strengths: [{ mg: 5, pieces: 1 }], status: 'unconfirmed', sources: [] }],
  specialistFirstFor: [],
};
