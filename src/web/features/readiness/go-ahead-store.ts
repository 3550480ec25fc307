/**
 * "Go ahead as planned" records nothing in the account: it only hides the readiness view until the next cut, on this
 * device. Kept per account in localStorage (`readiness.<account id>`: the cut the person chose to go ahead with);
 * session/leaving.ts clears it with the account's other device memory.
 */
import { readJson, writeJson } from '../../local-storage.js';

export const goAheadKey = (accountId: string) => `readiness.${accountId}`;

/** Whether the person chose to go ahead with the cut planned for `cutDate`. */
export function wentAhead(accountId: string, cutDate: string): boolean {
  return readJson(goAheadKey(accountId)) === cutDate;
}

export function rememberGoAhead(accountId: string, cutDate: string): void {
  writeJson(goAheadKey(accountId), cutDate);
}
