import type { Medication } from './medication.js';
import { MEDICATION_NAMES } from './names.js';

/** Equivalents: clinical.md §1.1 (JCPG Table 7). Half-life: secondary (NHS Scotland). Strengths: not yet checked. */
export const temazepam: Medication = {
  id: 'temazepam',
  name: MEDICATION_NAMES.temazepam,
  brandNames: ['Restoril', 'Normison'],
  halfLifeHours: { value: { low: 8, high: 22 }, status: 'secondary', sources: ['nhs-scotland'] },
  equivalents: [
    { table: 'ashton', mgLow: 20, mgHigh: 20, status: 'confirmed', sources: ['jcpg-2025', 'ashton-equivalence-2007'] },
    { table: 'va-dod', mgLow: 15, mgHigh: 15, status: 'confirmed', sources: ['jcpg-2025', 'va-dod-2021'] },
  ],
  forms: [
    {
      kind: 'tablet',
      strengths: [10, 20].map((mg) => ({ mg, pieces: 1 as const })),
      status: 'unconfirmed',
      sources: [],
    },
    {
      kind: 'capsule',
      strengths: [7.5, 15, 22.5, 30].map((mg) => ({ mg, pieces: 1 as const })),
      status: 'unconfirmed',
      sources: [],
    },
  ],
  specialistFirstFor: [],
};
