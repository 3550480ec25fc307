import type { PlanSourceId } from './medications/medication.js';
import type { SourceId } from './symptoms/symptom.js';

/**
 * Red flags are events, not severities: any one of them means "get help". Each is data: its kind (the code
 * stored with an event), how urgent it is, and where clinical.md §6.1 takes it from (JCPG 2025 Table 3 and
 * recommendations 2, 5 and 12; the FDA boxed warning on benzodiazepines with opioids).
 *
 * `label` and `guidance` are the API's plain English for clients other than the web app (the CLI, scripts, the
 * adherence risk): the web app's own words, with calling links, are in src/web/messages.ts.
 */
export type RedFlagUrgency = 'emergency' | 'contact-today';

export interface RedFlag {
  readonly kind: string;
  /** `emergency`: call the local emergency number now. `contact-today`: the prescriber or pharmacist, today. */
  readonly urgency: RedFlagUrgency;
  /** Why it is a red flag, with the row of clinical.md §6.1 it comes from. */
  readonly basis: string;
  readonly sources: readonly (SourceId | PlanSourceId)[];
  /** What the person taps, in their words. */
  readonly label: string;
  readonly guidance: readonly string[];
}

const CALL_NOW =
  'Call your local emergency number now (for example 112 in Europe, 911 in North America, 999 in the UK).';
const DO_NOT_CHANGE_DOSE =
  'Do not change your dose on your own. Take your next dose as planned unless a clinician tells you otherwise.';
const ASK_BEFORE_NEXT_DOSE = 'Ask the emergency service or a clinician before you take your next dose.';

export const RED_FLAGS: readonly RedFlag[] = [
  {
    kind: 'seizure',
    urgency: 'emergency',
    basis:
      'A life-threatening complication of withdrawal, mostly after abrupt or large cuts (JCPG 2025 Table 3; NICE CKS).',
    sources: ['jcpg-2025', 'nice-cks'],
    label: 'I had a seizure',
    guidance: [
      CALL_NOW,
      'If someone is with you, show them this screen. Lie on your side, away from anything hard or sharp.',
      DO_NOT_CHANGE_DOSE,
      'Tell your prescriber today that you had a seizure while tapering.',
    ],
  },
  {
    kind: 'confusion',
    urgency: 'emergency',
    basis: 'Confusion, disorientation or delirium: severe or complicated withdrawal (JCPG 2025 Table 3; NICE CKS).',
    sources: ['jcpg-2025', 'nice-cks'],
    label: 'I am confused or disoriented',
    guidance: [CALL_NOW, 'Ask someone to stay with you until help comes.', DO_NOT_CHANGE_DOSE],
  },
  {
    kind: 'hallucinations',
    urgency: 'emergency',
    basis:
      'Hallucinations, paranoia or psychosis while awake: severe or complicated withdrawal (JCPG 2025 Table 3; Ashton).',
    sources: ['jcpg-2025', 'ashton-manual'],
    label: 'I see or hear things that are not there (while awake)',
    guidance: [CALL_NOW, 'Ask someone to stay with you until help comes.', DO_NOT_CHANGE_DOSE],
  },
  {
    kind: 'suicidal-thoughts',
    urgency: 'emergency',
    basis: 'Suicidality and self-harm: a withdrawal symptom and a reason for inpatient care (JCPG 2025 /7, /9).',
    sources: ['jcpg-2025'],
    label: 'I have thoughts of harming myself',
    guidance: [
      'You deserve help right now. Call your local emergency number or a crisis line (988 in the US; 116 123 Samaritans in the UK and Ireland).',
      'If you can, tell someone near you and stay with them.',
      DO_NOT_CHANGE_DOSE,
    ],
  },
  {
    kind: 'heavy-sedation',
    urgency: 'emergency',
    basis: 'Heavy sedation or slow breathing: profound sedation and respiratory depression (FDA boxed warning).',
    sources: ['openfda'],
    label: 'I am very drowsy, hard to wake, or breathing slowly',
    guidance: [CALL_NOW, 'Ask someone to stay with you. Do not drive.', ASK_BEFORE_NEXT_DOSE],
  },
  {
    kind: 'opioids-or-alcohol',
    urgency: 'emergency',
    basis:
      'A benzodiazepine with opioids or alcohol can cause profound sedation, slowed breathing, coma and death (FDA boxed warning).',
    sources: ['openfda'],
    label: 'I took my medicine with opioids or alcohol',
    guidance: [
      CALL_NOW,
      'Together they can slow breathing dangerously, also hours later. Ask someone to stay with you. Do not drive.',
      ASK_BEFORE_NEXT_DOSE,
    ],
  },
  {
    kind: 'chest-pain',
    urgency: 'emergency',
    basis:
      'Chest pain or severe palpitations: listed withdrawal signs, but other causes must be ruled out (JCPG 2025 Table 3).',
    sources: ['jcpg-2025'],
    label: 'I have chest pain or my heart is racing badly',
    guidance: [CALL_NOW, 'Sit down and rest while you wait. Do not drive yourself.', DO_NOT_CHANGE_DOSE],
  },
  {
    kind: 'fall-or-head-injury',
    urgency: 'emergency',
    basis: 'Falls are among the imminent harms the JCPG names (recommendation 5, /7); a head injury needs checking.',
    sources: ['jcpg-2025'],
    label: 'I fell or hurt my head',
    guidance: [CALL_NOW, 'Do not drive. Ask someone to stay with you.', DO_NOT_CHANGE_DOSE],
  },
];

/** Not emergencies, but an unplanned stop is unsafe (JCPG 2025 recommendation 2): act today. */
export const SUPPLY_FLAGS: readonly RedFlag[] = [
  {
    kind: 'missed-doses',
    urgency: 'contact-today',
    basis:
      'Missing several doses is an unplanned stop, which can cause serious withdrawal (JCPG 2025 recommendation 2).',
    sources: ['jcpg-2025'],
    label: 'I have missed doses for two days or more',
    guidance: [
      'Contact your prescriber or pharmacist today and tell them how many doses you missed.',
      'Do not take extra to catch up unless a clinician tells you to.',
      'If you notice a seizure, confusion or hallucinations, call your local emergency number.',
    ],
  },
  {
    kind: 'running-out',
    urgency: 'contact-today',
    basis: 'Running out of medicine is an unplanned stop (JCPG 2025 recommendation 2).',
    sources: ['jcpg-2025'],
    label: 'I am running out of my medicine',
    guidance: [
      'Contact your prescriber or pharmacy today for a new supply. Stopping suddenly can cause serious withdrawal.',
      'Tell them how many days of medicine you have left.',
    ],
  },
];

const BY_KIND: ReadonlyMap<string, RedFlag> = new Map([...RED_FLAGS, ...SUPPLY_FLAGS].map((f) => [f.kind, f]));

export function findRedFlag(kind: string): RedFlag | undefined {
  return BY_KIND.get(kind);
}
