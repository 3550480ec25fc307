import type { Medication } from './medication.js';
import { MEDICATION_NAMES } from './names.js';

/** Equivalents: clinical.md §1.1 (JCPG Table 7). Half-life: the Bluelight chart (secondary). Strengths: not yet checked against a label. */
export const alprazolam: Medication = {
  id: 'alprazolam',
  name: MEDICATION_NAMES.alprazolam,
  brandNames: ['Xanax'],
  halfLifeHours: { value: { low: 6, high: 12 }, status: 'secondary', sources: ['bluelight-chart'] },
  equivalents: [
    {
      table: 'ashton',
      mgLow: 0.5,
      mgHigh: 0.5,
      status: 'confirmed',
      sources: ['jcpg-2025', 'ashton-equivalence-2007'],
    },
    { table: 'va-dod', mgLow: 1, mgHigh: 1, status: 'confirmed', sources: ['jcpg-2025', 'va-dod-2021'] },
  ],
  forms: [
    {
      kind: 'tablet',
      strengths: [0.25, 0.5, 1, 2].map((mg) => ({ mg, pieces: 1 as const })),
      status: 'unconfirmed',
      sources: [],
    },
  ],
  specialistFirstFor: [],
};
