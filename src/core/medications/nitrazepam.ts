import type { Medication } from './medication.js';
import { MEDICATION_NAMES } from './names.js';

/**
 * Ashton equivalent 10 mg: secondary (NHS Scotland's table gives the same ratio, 5 mg ≈ diazepam 5 mg). Half-life 15-38 h:
 * clinical.md names no source for it (§8 item 3), so it is unconfirmed. Strength: not yet checked.
 */
export const nitrazepam: Medication = {
  id: 'nitrazepam',
  name: MEDICATION_NAMES.nitrazepam,
  brandNames: ['Mogadon'],
  halfLifeHours: { value: { low: 15, high: 38 }, status: 'unconfirmed', sources: [] },
  equivalents: [{ table: 'ashton', mgLow: 10, mgHigh: 10, status: 'secondary', sources: ['nhs-scotland'] }],
  forms: [{ kind: 'tablet', strengths: [{ mg: 5, pieces: 1 }], status: 'unconfirmed', sources: [] }],
  specialistFirstFor: [],
};
