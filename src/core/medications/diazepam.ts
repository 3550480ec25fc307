import type { Medication } from './medication.js';
import { MEDICATION_NAMES } from './names.js';

/**
 * Sources: clinical.md §1.1 (the reference drug of both tables; half-life from the NHS Scotland and Bluelight tables, secondary),
 * §1.2 (2, 5 and 10 mg tablets from the NICE CKS summary; oral solution 1 mg/mL from a VA handout).
 */
export const diazepam: Medication = {
  id: 'diazepam',
  name: MEDICATION_NAMES.diazepam,
  brandNames: ['Valium'],
  halfLifeHours: {
    value: { low: 20, high: 100, metaboliteHigh: 200 },
    status: 'secondary',
    sources: ['nhs-scotland', 'bluelight-chart'],
  },
  equivalents: [
    { table: 'ashton', mgLow: 10, mgHigh: 10, status: 'confirmed', sources: ['jcpg-2025', 'ashton-equivalence-2007'] },
    { table: 'va-dod', mgLow: 10, mgHigh: 10, status: 'confirmed', sources: ['jcpg-2025', 'va-dod-2021'] },
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
