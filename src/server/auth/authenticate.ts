/**
 * Finding an account from a password (docs/adr/0009), shared by sign-in, sign-up and the checks before a
 * password change or an account deletion.
 */
import type { Store, UserRow } from '../../storage/index.js';
import type { LoginKeys } from './login-keys.js';
import { hashForTiming, verifyPassword } from './passwords.js';

export interface Found {
  /** The account of this (email, password) pair, if any. */
  readonly user: UserRow | undefined;
  /** The pair's login key, to create an account with when there is none. */
  readonly loginKey: string;
}

export function createAuthenticator(store: Store, keys: LoginKeys) {
  /** A legacy account (PHC hash, no login key) of this email that this password opens; one argon2 verify either way. */
  async function legacyMatch(email: string, password: string, exceptId?: string): Promise<UserRow | undefined> {
    const legacy = await store.users.findLegacy(email);
    const candidate = legacy && legacy.id !== exceptId ? legacy : undefined;
    const valid = await verifyPassword(candidate?.passwordHash ?? (await hashForTiming()), password);
    return candidate && valid ? candidate : undefined;
  }

  return {
    /**
     * One argon2 finds the account through its login key. When that misses, an account from before login keys is
     * verified by its PHC hash (or a dummy hash, so the time is the same) and, if it opens, given its login key.
     */
    async find(email: string, password: string): Promise<Found> {
      const loginKey = await keys.keyFor(email, password);
      const user = await store.users.findByLoginKey(loginKey);
      if (user && user.email === email) return { user, loginKey };
      const legacy = await legacyMatch(email, password);
      if (!legacy) return { user: undefined, loginKey };
      await store.users.setLoginKey(legacy.id, loginKey);
      return { user: { ...legacy, loginKey, passwordHash: null }, loginKey };
    },

    /** Whether `password` is this account's own. */
    async opens(user: UserRow, password: string): Promise<boolean> {
      if (user.loginKey !== null) return keys.same(await keys.keyFor(user.email, password), user.loginKey);
      return user.passwordHash !== null && verifyPassword(user.passwordHash, password);
    },

    /** Whether another account of the same email already answers to `password` (login keys must stay unique per address). */
    async takenByAnother(user: UserRow, loginKey: string, password: string): Promise<boolean> {
      const byKey = await store.users.findByLoginKey(loginKey);
      if (byKey && byKey.id !== user.id) return true;
      return (await legacyMatch(user.email, password, user.id)) !== undefined;
    },
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
