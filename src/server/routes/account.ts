/**
 * What a signed-in person controls about their account: the password, their sessions, and erasing it all.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import {
  ChangePasswordSchema,
  DeleteAccountSchema,
  SessionListSchema,
  SessionParamsSchema,
} from '../../api/schemas.js';
import type { LimiterRows, Store, UserRow } from '../../storage/index.js';
import type { Authenticator } from '../auth/authenticate.js';
import type { LoginKeys } from '../auth/login-keys.js';
import type { PasswordPolicy } from '../auth/password-policy.js';
import type { CurrentSession, Sessions } from '../auth/sessions.js';
import { guardRowsOf, type SignInGuard } from '../auth/sign-in-guard.js';
import { RequestFailure, fail } from '../http-errors.js';
import { logSecurityEvent, type SecurityEvent } from '../security-log.js';

export interface AccountRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly keys: LoginKeys;
  readonly authenticator: Authenticator;
  readonly policy: PasswordPolicy;
  readonly guard: SignInGuard;
  /** Rate-limit rows other than the sign-in guard's that are keyed by the account (the API's flood control). */
  readonly limiterRowsOf: (userId: string) => readonly LimiterRows[];
}

export const accountRoutes =
  (deps: AccountRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    /** The session's account, once `password` is shown to be its own; counted like a sign-in attempt. */
    async function confirmPassword(request: FastifyRequest, password: string, field: string, failed: SecurityEvent) {
      const session = await deps.sessions.current(request);
      const user = await deps.store.users.findById(session.userId);
      if (!user) throw fail('unauthenticated');
      const tag = deps.keys.tag(user.email);
      await deps.guard.admitAddress(request);
      await deps.guard.admit(request, tag);
      if (!(await deps.authenticator.opens(user, password))) {
        await deps.guard.countGuess(request, tag);
        logSecurityEvent(request, failed, { userId: user.id, emailTag: tag });
        throw fail('wrong_password', field);
      }
      return { session, user, tag };
    }

    async function newLoginKey(user: UserRow, password: string): Promise<string> {
      const weak = deps.policy.refuse(password, user.email, 'newPassword');
      if (weak) throw new RequestFailure(weak);
      const loginKey = await deps.keys.keyFor(user.email, password);
      // Two accounts of one address cannot share a password: the key finds the account. The refusal reads like any
      // weak password and says nothing else.
      if (await deps.authenticator.takenByAnother(user, loginKey, password)) throw fail('weak_password', 'newPassword');
      return loginKey;
    }

    app.post('/auth/password', { schema: { body: ChangePasswordSchema } }, async (request, reply) => {
      const { session, user, tag } = await confirmPassword(
        request,
        request.body.currentPassword,
        'currentPassword',
        'password_change_failed',
      );
      // Counted on the address's ceiling whatever the outcome: a refusal because another account of the address has
      // this password would otherwise let anyone with an account on the address test passwords past the ceiling.
      await deps.guard.countTowardCeiling(request, tag);
      const loginKey = await newLoginKey(user, request.body.newPassword);
      // The new key and the end of every other session land together: a failure between them must not leave the
      // old sessions open on the new password.
      const ended = await deps.store.transaction(async (tx) => {
        if ((await tx.users.setLoginKey(user.id, loginKey)) === 'key_taken') {
          // Another account of this address took the same password a moment ago (between the check and now).
          logSecurityEvent(request, 'password_change_failed', { userId: user.id, emailTag: tag, reason: 'key_taken' });
          throw fail('weak_password', 'newPassword');
        }
        return tx.sessions.deleteAllOf(user.id, session.tokenHash);
      });
      logSecurityEvent(request, 'password_changed', { userId: user.id, emailTag: tag, sessions: ended });
      return reply.status(204).send();
    });

    app.get('/auth/sessions', { schema: { response: { 200: SessionListSchema } } }, async (request) => {
      const current: CurrentSession = await deps.sessions.current(request);
      const sessions = await deps.store.sessions.list(current.userId, deps.sessions.clock());
      return {
        sessions: sessions.map((s) => ({
          id: s.publicId,
          device: s.device,
          createdAt: s.createdAt,
          lastUsedAt: s.lastUsedAt,
          current: s.publicId === current.publicId,
        })),
      };
    });

    app.delete('/auth/sessions/:id', { schema: { params: SessionParamsSchema } }, async (request, reply) => {
      const current = await deps.sessions.current(request);
      if (!(await deps.store.sessions.deleteOwn(current.userId, request.params.id))) throw fail('not_found', 'id');
      if (request.params.id === current.publicId) deps.sessions.signedOut(reply);
      logSecurityEvent(request, 'session_ended', { userId: current.userId });
      return reply.status(204).send();
    });

    app.post('/auth/logout-all', async (request, reply) => {
      const current = await deps.sessions.current(request);
      const ended = await deps.store.sessions.deleteAllOf(current.userId);
      deps.sessions.signedOut(reply);
      logSecurityEvent(request, 'logout_all', { userId: current.userId, sessions: ended });
      return reply.status(204).send();
    });

    app.delete('/auth/account', { schema: { body: DeleteAccountSchema } }, async (request, reply) => {
      const { user, tag } = await confirmPassword(request, request.body.password, 'password', 'account_delete_failed');
      // The address's guessing counters also protect its other accounts: they stay while one remains (else deleting an
      // account would reset them for the next round of guesses), and expire on their own within minutes.
      const others = (await deps.store.users.listByEmail(user.email, 2)).filter((u) => u.id !== user.id);
      const guardRows = others.length === 0 ? [guardRowsOf(user.email, tag)] : [];
      await deps.store.users.erase(user.id, [...guardRows, ...deps.limiterRowsOf(user.id)]);
      deps.sessions.signedOut(reply);
      logSecurityEvent(request, 'account_deleted', { userId: user.id, emailTag: tag });
      return reply.status(204).send();
    });
  };
