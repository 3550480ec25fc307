import type { Medication } from './medication.js';
import { MEDICATION_NAMES } from './names.js';

/** Equivalents: clinical.md §1.1 (JCPG Table 7). Half-life: NHS Scotland (secondary). Strengths: not yet checked against a label. */
export const lorazepam: Medication = {
  id: 'lorazepam',
  name: MEDICATION_NAMES.lorazepam,
  brandNames: ['Ativan'],
  halfLifeHours: { value: { low: 10, high: 20 }, status: 'secondary', sources: ['nhs-scotland'] },
  equivalents: [
    { table: 'ashton', mgLow: 1, mgHigh: 1, status: 'confirmed', sources: ['jcpg-2025', 'ashton-equivalence-2007'] },
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
