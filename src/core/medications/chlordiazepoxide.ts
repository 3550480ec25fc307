import type { Medication } from './medication.js';
import { MEDICATION_NAMES } from './names.js';

/** Ashton equivalent: clinical.md §1.1 (JCPG Table 7); no VA/DoD figure there. Half-life: NHS Scotland and Bluelight (secondary). Strengths: not yet checked. */
export const chlordiazepoxide: Medication = {
  id: 'chlordiazepoxide',
  name: MEDICATION_NAMES.chlordiazepoxide,
  brandNames: ['Librium'],
  halfLifeHours: {
    value: { low: 5, high: 30, metaboliteHigh: 200 },
    status: 'secondary',
    sources: ['nhs-scotland', 'bluelight-chart'],
  },
  equivalents: [
    { table: 'ashton', mgLow: 25, mgHigh: 25, status: 'confirmed', sources: ['jcpg-2025', 'ashton-equivalence-2007'] },
  ],
  forms: [
    {
      kind: 'capsule',
      strengths: [5, 10, 25].map((mg) => ({ mg, pieces: 1 as const })),
      status: 'unconfirmed',
      sources: [],
    },
  ],
  specialistFirstFor: [],
};
