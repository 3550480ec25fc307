/**
 * Who last signed in on this device, so that with no connection the app opens as that person and shows
 * their records from the device's copy. Only the account's id and email are kept; the session itself
 * stays in its HttpOnly cookie, and the server still decides every request.
 */
import type { Account } from '../../api/schemas.js';
import { readJson, remove, writeJson } from '../local-storage.js';

const KEY = 'account';
/** The full localStorage key (local-storage.ts adds the app's prefix), for `storage` events from other tabs. */
export const ACCOUNT_STORAGE_KEY = `taper.${KEY}`;

export function rememberAccount(account: Account): void {
  writeJson(KEY, account);
}

export function rememberedAccount(): Account | undefined {
  const value = readJson(KEY);
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, email, createdAt } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof email === 'string' && typeof createdAt === 'string'
    ? { id, email, createdAt }
    : undefined;
}

export function forgetAccount(): void {
  remove(KEY);
}
