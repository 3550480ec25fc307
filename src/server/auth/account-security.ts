/**
 * Everything sign-in needs, built once per app: sessions, the login keys (salted by the installation's secret),
 * the password policy, the guessing limits, and the hourly purge of expired sessions.
 */
import type { FastifyInstance } from 'fastify';
import type { OpenDatabase, Store } from '../../storage/index.js';
import { createAuthenticator } from './authenticate.js';
import { createLoginKeys } from './login-keys.js';
import { createPasswordPolicy } from './password-policy.js';
import { createSessions, type SessionDeps } from './sessions.js';
import { createSignInGuard, type GuardLimits } from './sign-in-guard.js';

/** How often expired and idle sessions are deleted, besides at start and at each sign-in. */
const PURGE_EVERY_MS = 60 * 60_000;

export interface AccountSecurityDeps extends Omit<SessionDeps, 'store'> {
  readonly database: OpenDatabase;
  readonly store: Store;
  readonly limits: GuardLimits;
}

export async function createAccountSecurity(app: FastifyInstance, deps: AccountSecurityDeps) {
  const { database, store, limits, ...sessionDeps } = deps;
  const sessions = createSessions({ store, ...sessionDeps });
  const guard = await createSignInGuard(database, limits);
  // Generated on the first start from the token source, then kept: it salts every login key (docs/adr/0009).
  const keys = createLoginKeys(await store.installation.secret('login_key_salt', deps.newToken()));
  await sessions.purge();
  const purgeTimer = setInterval(() => {
    sessions.purge().catch((error: unknown) => app.log.error({ err: error }, 'session purge failed'));
  }, PURGE_EVERY_MS);
  purgeTimer.unref();
  app.addHook('onClose', () => {
    clearInterval(purgeTimer);
    return Promise.resolve();
  });
  return {
    store,
    sessions,
    keys,
    authenticator: createAuthenticator(store, keys),
    policy: createPasswordPolicy(),
    guard,
  };
}
