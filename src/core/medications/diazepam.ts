import type { Medication } from './medication.js';

/** Sources: clinical.md §1.1 (reference drug, half-life), §1.2 (2, 5, 10 mg tablets; oral solution 1 mg/mL). */
export const diazepam: Medication = {
  id: 'diazepam',
  name: 'Diazepam',
  brandNames: ['Valium'],
  halfLifeHours: { value: { low: 20, high: 100, metaboliteHigh: 200 }, status: 'secondary', sources: ['nhs-scotland'] },
  equivalents: [
    { table: 'ashton', mgLow: 10, mgHigh: 10, status: 'confirmed', sources: ['ashton-manual'] },
    { table: 'va-dod', mgLow: 10, mgHigh: 10, status: 'confirmed', sources: ['va-dod-2021'] },
  ],
  forms: [
    {
      kind: 'tablet',
      // Whether these tablets are scored varies by maker and is not confirmed here, so none is split.
      strengths: [
        { mg: 2, pieces: 1 },
        { mg: 5, pieces: 1 },
        { mg: 10, pieces: 1 },
      ],
      status: 'secondary',
      sources: ['nice-cks'],
    },
    { kind: 'liquid', mgPerMl: 1, status: 'secondary', sources: ['va-handout'] },
  ],
  specialistFirstFor: [],
};
