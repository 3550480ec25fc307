import type { RedFlagView } from '../api/schemas.js';
import { RED_FLAGS, SUPPLY_FLAGS, type RedFlag } from '../core/index.js';
import type { PlainMessageId, Translate } from './i18n/catalogue.js';

/** Each red flag's words by id: what a person taps, and the steps shown after the calling links. */
interface RedFlagWords {
  readonly label: PlainMessageId;
  readonly steps: readonly PlainMessageId[];
  /** Also offer crisis lines beside the emergency numbers. */
  readonly crisisLines?: true;
}

const RED_FLAG_WORDS: Readonly<Record<string, RedFlagWords | undefined>> = {
  seizure: {
    label: 'redFlag.seizure',
    steps: ['redFlag.seizure.first', 'redFlag.keepDose', 'redFlag.seizure.tell'],
  },
  confusion: { label: 'redFlag.confusion', steps: ['redFlag.stayWithYou', 'redFlag.keepDose'] },
  hallucinations: { label: 'redFlag.hallucinations', steps: ['redFlag.stayWithYou', 'redFlag.keepDose'] },
  'suicidal-thoughts': {
    label: 'redFlag.suicidal-thoughts',
    steps: ['redFlag.suicidal-thoughts.help', 'redFlag.suicidal-thoughts.near', 'redFlag.keepDose'],
    crisisLines: true,
  },
  'heavy-sedation': {
    label: 'redFlag.heavy-sedation',
    steps: ['redFlag.heavy-sedation.stay', 'redFlag.askBeforeNextDose'],
  },
  'opioids-or-alcohol': {
    label: 'redFlag.opioids-or-alcohol',
    steps: ['redFlag.opioids-or-alcohol.why', 'redFlag.askBeforeNextDose'],
  },
  'chest-pain': { label: 'redFlag.chest-pain', steps: ['redFlag.chest-pain.rest', 'redFlag.keepDose'] },
  'fall-or-head-injury': {
    label: 'redFlag.fall-or-head-injury',
    steps: ['redFlag.fall-or-head-injury.stay', 'redFlag.keepDose'],
  },
  'missed-doses': {
    label: 'redFlag.missed-doses',
    steps: ['redFlag.missed-doses.contact', 'redFlag.missed-doses.noExtra', 'redFlag.missed-doses.watch'],
  },
  'running-out': {
    label: 'redFlag.running-out',
    steps: ['redFlag.running-out.supply', 'redFlag.running-out.tell'],
  },
};

/** Whether the flag's screen also offers crisis lines (thoughts of self-harm). */
export const offersCrisisLines = (kind: string): boolean => RED_FLAG_WORDS[kind]?.crisisLines === true;

/** A flag in the web app's own words; a kind this version does not know keeps the server's words. */
export function inOwnWords(t: Translate, flag: RedFlagView): RedFlagView {
  const words = RED_FLAG_WORDS[flag.kind];
  return words ? { ...flag, label: t(words.label), guidance: words.steps.map((id) => t(id)) } : flag;
}

/**
 * The red flags, built into the bundle so the urgent-help screen works at once, offline and before anything has
 * loaded: their codes from core, their words from the catalogue (inOwnWords, on every render). The server's list
 * replaces it when it arrives.
 */
const builtIn = ({ kind, urgency }: RedFlag): RedFlagView => ({ kind, urgency, label: kind, guidance: [] });
export const BUILT_IN_RED_FLAGS: readonly RedFlagView[] = RED_FLAGS.map(builtIn);
export const BUILT_IN_SUPPLY_FLAGS: readonly RedFlagView[] = SUPPLY_FLAGS.map(builtIn);

/** A built-in flag in the active language, by kind. */
export function builtInFlag(t: Translate, kind: string): RedFlagView | undefined {
  const flag = BUILT_IN_RED_FLAGS.find((f) => f.kind === kind);
  return flag && inOwnWords(t, flag);
}

/** Every flag the app knows, by kind: the plan screen names the event that paused it. */
export function redFlagLabel(t: Translate, kind: string): string {
  const words = RED_FLAG_WORDS[kind];
  return words ? t(words.label) : kind.replace(/-/g, ' ');
}

/** "I had a seizure" always comes first. */
export function orderRedFlags(flags: readonly RedFlagView[]): RedFlagView[] {
  return [...flags].sort((a, b) => Number(b.kind === 'seizure') - Number(a.kind === 'seizure'));
}
