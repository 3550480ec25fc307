import type { RedFlagView } from '../api/schemas.js';
import { RED_FLAGS, SUPPLY_FLAGS } from '../core/index.js';
import { messages } from './messages.js';

/** A flag in the web app's own words (messages.ts); a kind this version does not know keeps the server's words. */
export function inOwnWords(flag: RedFlagView): RedFlagView {
  const words = messages.redFlag(flag.kind);
  return words ? { ...flag, label: words.label, guidance: [...words.steps] } : flag;
}

const builtIn = (flags: typeof RED_FLAGS): RedFlagView[] =>
  flags.map(({ kind, urgency, label, guidance }) => inOwnWords({ kind, urgency, label, guidance: [...guidance] }));

/**
 * The red flags, built into the bundle so the urgent-help screen works at once, offline and before anything has
 * loaded. The server's list replaces it when it arrives.
 */
export const BUILT_IN_RED_FLAGS: readonly RedFlagView[] = builtIn(RED_FLAGS);
export const BUILT_IN_SUPPLY_FLAGS: readonly RedFlagView[] = builtIn(SUPPLY_FLAGS);

/** Every flag the app knows, by kind: the plan screen names the event that paused it. */
export function redFlagLabel(kind: string): string {
  return messages.redFlag(kind)?.label ?? messages.planPause.unknownKind(kind);
}

/** "I had a seizure" always comes first. */
export function orderRedFlags(flags: readonly RedFlagView[]): RedFlagView[] {
  return [...flags].sort((a, b) => Number(b.kind === 'seizure') - Number(a.kind === 'seizure'));
}
