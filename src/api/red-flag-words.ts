/**
 * The red flags in the API's plain English, for clients other than the web app (the CLI, scripts, the adherence
 * risk): what the person taps, what to do now, and why it is a red flag with the row of clinical.md §6.1 it comes
 * from. The web app speaks with its own catalogue (redFlag.*), so none of this ships to the browser.
 */
import type { RedFlag } from '../core/index.js';
import type { RedFlagView } from './schemas.js';

export interface RedFlagWords {
  /** Why it is a red flag, with the row of clinical.md §6.1 it comes from. */
  readonly basis: string;
  /** What the person taps, in their words. */
  readonly label: string;
  readonly guidance: readonly string[];
}

const CALL_NOW =
  'Call your local emergency number now (for example 112 in Europe, 911 in North America, 999 in the UK).';
const DO_NOT_CHANGE_DOSE =
  'Do not change your dose on your own. Take your next dose as planned unless a clinician tells you otherwise.';
const ASK_BEFORE_NEXT_DOSE = 'Ask the emergency service or a clinician before you take your next dose.';

export const RED_FLAG_WORDS: Readonly<Record<string, RedFlagWords>> = {
  seizure: {
    basis:
      'A life-threatening complication of withdrawal, mostly after abrupt or large cuts (JCPG 2025 Table 3; NICE CKS).',
    label: 'I had a seizure',
    guidance: [
      CALL_NOW,
      'If someone is with you, show them this screen. Lie on your side, away from anything hard or sharp.',
      DO_NOT_CHANGE_DOSE,
      'Tell your prescriber today that you had a seizure while tapering.',
    ],
  },
  confusion: {
    basis: 'Confusion, disorientation or delirium: severe or complicated withdrawal (JCPG 2025 Table 3; NICE CKS).',
    label: 'I am confused or disoriented',
    guidance: [CALL_NOW, 'Ask someone to stay with you until help comes.', DO_NOT_CHANGE_DOSE],
  },
  hallucinations: {
    basis:
      'Hallucinations, paranoia or psychosis while awake: severe or complicated withdrawal (JCPG 2025 Table 3; Ashton).',
    label: 'I see or hear things that are not there (while awake)',
    guidance: [CALL_NOW, 'Ask someone to stay with you until help comes.', DO_NOT_CHANGE_DOSE],
  },
  'suicidal-thoughts': {
    basis: 'Suicidality and self-harm: a withdrawal symptom and a reason for inpatient care (JCPG 2025 /7, /9).',
    label: 'I have thoughts of harming myself',
    guidance: [
      'You deserve help right now. Call your local emergency number or a crisis line (988 in the US; 116 123 Samaritans in the UK and Ireland).',
      'If you can, tell someone near you and stay with them.',
      DO_NOT_CHANGE_DOSE,
    ],
  },
  'heavy-sedation': {
    basis: 'Heavy sedation or slow breathing: profound sedation and respiratory depression (FDA boxed warning).',
    label: 'I am very drowsy, hard to wake, or breathing slowly',
    guidance: [CALL_NOW, 'Ask someone to stay with you. Do not drive.', ASK_BEFORE_NEXT_DOSE],
  },
  'opioids-or-alcohol': {
    basis:
      'A benzodiazepine with opioids or alcohol can cause profound sedation, slowed breathing, coma and death (FDA boxed warning).',
    label: 'I took my medicine with opioids or alcohol',
    guidance: [
      CALL_NOW,
      'Together they can slow breathing dangerously, also hours later. Ask someone to stay with you. Do not drive.',
      ASK_BEFORE_NEXT_DOSE,
    ],
  },
  'chest-pain': {
    basis:
      'Chest pain or severe palpitations: listed withdrawal signs, but other causes must be ruled out (JCPG 2025 Table 3).',
    label: 'I have chest pain or my heart is racing badly',
    guidance: [CALL_NOW, 'Sit down and rest while you wait. Do not drive yourself.', DO_NOT_CHANGE_DOSE],
  },
  'fall-or-head-injury': {
    basis: 'Falls are among the imminent harms the JCPG names (recommendation 5, /7); a head injury needs checking.',
    label: 'I fell or hurt my head',
    guidance: [CALL_NOW, 'Do not drive. Ask someone to stay with you.', DO_NOT_CHANGE_DOSE],
  },
  'missed-doses': {
    basis:
      'Missing several doses is an unplanned stop, which can cause serious withdrawal (JCPG 2025 recommendation 2).',
    label: 'I have missed doses for two days or more',
    guidance: [
      'Contact your prescriber or pharmacist today and tell them how many doses you missed.',
      'Do not take extra to catch up unless a clinician tells you to.',
      'If you notice a seizure, confusion or hallucinations, call your local emergency number.',
    ],
  },
  'running-out': {
    basis: 'Running out of medicine is an unplanned stop (JCPG 2025 recommendation 2).',
    label: 'I am running out of my medicine',
    guidance: [
      'Contact your prescriber or pharmacy today for a new supply. Stopping suddenly can cause serious withdrawal.',
      'Tell them how many days of medicine you have left.',
    ],
  },
};

/** A red flag as the API sends it: its code and urgency with its English words. */
export function redFlagView(flag: RedFlag): RedFlagView {
  const words = RED_FLAG_WORDS[flag.kind];
  return {
    kind: flag.kind,
    urgency: flag.urgency,
    label: words?.label ?? flag.kind,
    guidance: [...(words?.guidance ?? [])],
  };
}
