import type { SourceId } from './symptoms/symptom.js';

/**
 * Red flags are events, not severities: any one of them means "get help now". Each carries the
 * guidance shown at once, offline, before anything else. Basis: shared/reference/clinical.md §6.1
 * (JCPG 2025 Table 3 and recommendations 2, 5 and 12; FDA boxed warning).
 */
export interface RedFlag {
  readonly kind: string;
  /** What the person taps, in their words. */
  readonly label: string;
  readonly guidance: readonly string[];
  readonly sources: readonly SourceId[];
}

const DO_NOT_CHANGE_DOSE = 'Do not change your dose on your own. Take your next dose as planned unless a clinician tells you otherwise.';

export const RED_FLAGS: readonly RedFlag[] = [
  {
    kind: 'seizure',
    label: 'I had a seizure',
    guidance: [
      'Call your local emergency number now (for example 112 in Europe, 911 in North America, 999 in the UK).',
      'If someone is with you, show them this screen. Lie on your side, away from anything hard or sharp.',
      DO_NOT_CHANGE_DOSE,
      'Tell your prescriber today that you had a seizure while tapering.',
    ],
    sources: ['jcpg-2025'],
  },
  {
    kind: 'confusion',
    label: 'I am confused or disoriented',
    guidance: [
      'Call your local emergency number, or ask someone to take you to urgent care now.',
      DO_NOT_CHANGE_DOSE,
      'Tell your prescriber what happened as soon as you can.',
    ],
    sources: ['jcpg-2025'],
  },
  {
    kind: 'hallucinations',
    label: 'I see or hear things that are not there (while awake)',
    guidance: [
      'Contact your prescriber or urgent care today. If you feel unsafe, call your local emergency number.',
      DO_NOT_CHANGE_DOSE,
    ],
    sources: ['jcpg-2025', 'ashton-manual'],
  },
  {
    kind: 'suicidal-thoughts',
    label: 'I have thoughts of harming myself',
    guidance: [
      'You deserve help right now. Call your local emergency number or a crisis line (988 in the US; 116 123 Samaritans in the UK and Ireland).',
      'If you can, tell someone near you and stay with them.',
      DO_NOT_CHANGE_DOSE,
    ],
    sources: ['jcpg-2025'],
  },
];

/** Not emergencies, but an unplanned stop is unsafe (JCPG 2025 recommendation 2): act today. */
export const SUPPLY_FLAGS: readonly RedFlag[] = [
  {
    kind: 'missed-doses',
    label: 'I have missed doses for two days or more',
    guidance: [
      'Contact your prescriber or pharmacist today and tell them how many doses you missed.',
      'Do not take extra to catch up unless a clinician tells you to.',
      'If you notice a seizure, confusion or hallucinations, call your local emergency number.',
    ],
    sources: ['jcpg-2025'],
  },
  {
    kind: 'running-out',
    label: 'I am running out of my medicine',
    guidance: [
      'Contact your prescriber or pharmacy today for a new supply. Stopping suddenly can cause serious withdrawal.',
      'Tell them how many days of medicine you have left.',
    ],
    sources: ['jcpg-2025'],
  },
];

const BY_KIND: ReadonlyMap<string, RedFlag> = new Map([...RED_FLAGS, ...SUPPLY_FLAGS].map((f) => [f.kind, f]));

export function findRedFlag(kind: string): RedFlag | undefined {
  return BY_KIND.get(kind);
}
