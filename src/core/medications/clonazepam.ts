import type { Medication } from './medication.js';
import { MEDICATION_NAMES } from './names.js';

/**
 * Sources: clinical.md §0, §1.1. Equivalents: JCPG 2025 Table 7 (its Ashton and VA/DoD columns). Half-life: the NHS Scotland
 * and Bluelight tables (secondary). Strengths: openFDA labels and NDC directory; drops: Roche Rivotril (§4.3). Epilepsy: §2.4.
 */
export const clonazepam: Medication = {
  id: 'clonazepam',
  name: MEDICATION_NAMES.clonazepam,
  brandNames: ['Klonopin', 'Rivotril'],
  halfLifeHours: { value: { low: 18, high: 50 }, status: 'secondary', sources: ['nhs-scotland', 'bluelight-chart'] },
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
      // US labels: 0.5 mg scored, 1 mg, 2 mg; 0.25 mg listed in the NDC directory.
      strengths: [
        { mg: 0.25, pieces: 1 },
        { mg: 0.5, pieces: 2 },
        { mg: 1, pieces: 1 },
        { mg: 2, pieces: 1 },
      ],
      status: 'confirmed',
      sources: ['openfda'],
    },
    {
      kind: 'odt',
      // 1 and 2 mg ODT are unconfirmed, so only the confirmed strengths are listed. ODTs are not split.
      strengths: [
        { mg: 0.125, pieces: 1 },
        { mg: 0.25, pieces: 1 },
        { mg: 0.5, pieces: 1 },
      ],
      status: 'confirmed',
      sources: ['openfda'],
    },
    // Rivotril oral drops: 2.5 mg/mL, 1 drop = 0.1 mg (25 drops/mL).
    { kind: 'drops', mgPerMl: 2.5, mgPerDrop: 0.1, status: 'confirmed', sources: ['roche-rivotril'] },
  ],
  specialistFirstFor: ['epilepsy'],
};
