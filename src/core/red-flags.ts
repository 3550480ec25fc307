import type { PlanSourceId } from './medications/medication.js';
import type { SourceId } from './symptoms/symptom.js';

/**
 * Red flags are events, not severities: any one of them means "get help". Each is data: its kind (the code
 * stored with an event), how urgent it is, and where clinical.md §6.1 takes it from (JCPG 2025 Table 3 and
 * recommendations 2, 5 and 12; the FDA boxed warning on benzodiazepines with opioids).
 *
 * Codes and data only: the API's plain English for other clients (what the person taps, what to do, why it is a red
 * flag) is api/red-flag-words.ts; the web app's own words, with calling links, are its catalogue (redFlag.*).
 */
export type RedFlagUrgency = 'emergency' | 'contact-today';

export interface RedFlag {
  readonly kind: string;
  /** `emergency`: call the local emergency number now. `contact-today`: the prescriber or pharmacist, today. */
  readonly urgency: RedFlagUrgency;
  /** Where clinical.md §6.1 takes it from; why it is a red flag is said with its words (api/red-flag-words.ts). */
  readonly sources: readonly (SourceId | PlanSourceId)[];
}

export const RED_FLAGS: readonly RedFlag[] = [
  { kind: 'seizure', urgency: 'emergency', sources: ['jcpg-2025', 'nice-cks'] },
  { kind: 'confusion', urgency: 'emergency', sources: ['jcpg-2025', 'nice-cks'] },
  { kind: 'hallucinations', urgency: 'emergency', sources: ['jcpg-2025', 'ashton-manual'] },
  { kind: 'suicidal-thoughts', urgency: 'emergency', sources: ['jcpg-2025'] },
  { kind: 'heavy-sedation', urgency: 'emergency', sources: ['openfda'] },
  { kind: 'opioids-or-alcohol', urgency: 'emergency', sources: ['openfda'] },
  { kind: 'chest-pain', urgency: 'emergency', sources: ['jcpg-2025'] },
  { kind: 'fall-or-head-injury', urgency: 'emergency', sources: ['jcpg-2025'] },
];

/** Not emergencies, but an unplanned stop is unsafe (JCPG 2025 recommendation 2): act today. */
export const SUPPLY_FLAGS: readonly RedFlag[] = [
  { kind: 'missed-doses', urgency: 'contact-today', sources: ['jcpg-2025'] },
  { kind: 'running-out', urgency: 'contact-today', sources: ['jcpg-2025'] },
];

const BY_KIND: ReadonlyMap<string, RedFlag> = new Map([...RED_FLAGS, ...SUPPLY_FLAGS].map((f) => [f.kind, f]));

export function findRedFlag(kind: string): RedFlag | undefined {
  return BY_KIND.get(kind);
}
