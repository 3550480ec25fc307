import type { RedFlagView } from '../api/schemas.js';
import { RED_FLAGS } from '../core/red-flags.js';

/**
 * The red flags and their guidance, built into the bundle so the urgent-help screen works at once,
 * offline and before anything has loaded. The server's list replaces it when it arrives.
 */
export const BUILT_IN_RED_FLAGS: readonly RedFlagView[] = RED_FLAGS.map(({ kind, label, guidance }) => ({
  kind,
  label,
  guidance: [...guidance],
}));

/** "I had a seizure" always comes first. */
export function orderRedFlags(flags: readonly RedFlagView[]): RedFlagView[] {
  return [...flags].sort((a, b) => Number(b.kind === 'seizure') - Number(a.kind === 'seizure'));
}
