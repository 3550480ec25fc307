import type { Medication } from './medication.js';

/** Equivalents and half-life: clinical.md §1.1 (JCPG Table 7; NHS Scotland). Strengths: not yet checked against a label. */
export const lorazepam: Medication = {
  id: 'lorazepam',
  name: 'Lorazepam',
  brandNames: ['Ativan'],
  halfLifeHours: { value: { low: 10, high: 20 }, status: 'confirmed', sources: ['nhs-scotland'] },
  equivalents: [
    { table: 'ashton', mgLow: 1, mgHigh: 1, status: 'confirmed', sources: ['jcpg-2025', 'ashton-manual'] },
    { table: 'va-dod', mgLow: 2, mgHigh: 2, status: 'confirmed', sources: ['jcpg-2025', 'va-dod-2021'] },
  ],
  forms: [
    {
      kind: 'tablet',
      strengths: [0.5, 1, 2].map((mg) => ({ mg, pieces: 1 as const })),
      status: 'unconfirmed',
      sources: [],
    },
  ],
  specialistFirstFor: [],
};
