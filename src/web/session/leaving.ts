/**
 * Stopping using an account on this device: signing out (here, or everywhere) or erasing the account. The
 * server is asked first; only once it agrees is what the device keeps for the account cleared.
 */
import type { ApiFailure, ApiResult } from '../../api/api-result.js';
import type { Records } from '../data/records.js';
import { removeAll } from '../local-storage.js';
import { forgetAccount } from './account-memory.js';

export interface Leaving {
  readonly call: () => Promise<ApiResult<undefined>>;
  /** The account is gone: unsent entries, drafts and reminder settings for it are cleared too. */
  readonly erase?: boolean;
  /** Said on the sign-in screen afterwards. */
  readonly notice?: string;
}

/** Undefined once done; the server's refusal otherwise (then nothing on the device was cleared). */
export async function leaveAccount(
  records: Records,
  accountId: string,
  { call, erase = false }: Leaving,
): Promise<ApiFailure | undefined> {
  // Nothing more is sent for this person from the moment they sign out, and what is on its way lands first;
  // anything they record meanwhile is still kept for them (unless the account is being erased).
  await records.pause();
  const result = await call();
  // Already signed out counts as signed out, but an account is only erased when the server says so.
  if (!result.ok && (erase || result.error.code !== 'unauthenticated')) {
    records.resume();
    return result.error;
  }
  removeAll(`draft.${accountId}.`);
  // A first run in progress (or done) belongs to this device's memory of the account: forgotten with it.
  removeAll(`first-run.${accountId}`);
  // So is the cut the person chose to go ahead with (features/readiness/go-ahead-store.ts).
  removeAll(`readiness.${accountId}`);
  // And the name the person chose for their reports (features/report/report-name.ts).
  removeAll(`report-name.${accountId}`);
  removeAll(`report-questions.${accountId}`);
  if (erase) {
    removeAll(`reminders.${accountId}.`);
    await records.erase(accountId);
  } else {
    await records.forget(accountId);
  }
  forgetAccount();
  return undefined;
}
