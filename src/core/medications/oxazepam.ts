import type { Medication } from './medication.js';
import { MEDICATION_NAMES } from './names.js';

/** Equivalents: clinical.md §1.1 (JCPG Table 7). Half-life: secondary (NHS Scotland). Strengths: not yet checked. */
export const oxazepam: Medication = {
  id: 'oxazepam',
  name: MEDICATION_NAMES.oxazepam,
  brandNames: ['Serax', 'Serenid'],
  halfLifeHours: { value: { low: 4, high: 15 }, status: 'secondary', sources: ['nhs-scotland'] },
  equivalents: [
    { table: 'ashton', mgLow: 20, mgHigh: 20, status: 'confirmed', sources: ['jcpg-2025', 'ashton-equivalence-2007'] },
    { table: 'va-dod', mgLow: 30, mgHigh: 30, status: 'confirmed', sources: ['jcpg-2025', 'va-dod-2021'] },
  ],
  forms: [
    {
      kind: 'tablet',
      strengths: [10, 15].map((mg) => ({ mg, pieces: 1 as const })),
      status: 'unconfirmed',
      sources: [],
    },
    {
      kind: 'capsule',
      strengths: [10, 15, 30].map((mg) => ({ mg, pieces: 1 as const })),
      status: 'unconfirmed',
      sources: [],
    },
  ],
  specialistFirstFor: [],
};
