import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AccountSchema,
  CredentialsSchema,
  CsrfTokenSchema,
  LoginSchema,
  SignupResultSchema,
} from '../../api/schemas.js';
import { normalizeEmail } from '../../core/index.js';
import type { Store, UserRow } from '../../storage/index.js';
import type { Authenticator } from '../auth/authenticate.js';
import type { LoginKeys } from '../auth/login-keys.js';
import type { PasswordPolicy } from '../auth/password-policy.js';
import type { Sessions } from '../auth/sessions.js';
import type { SignInGuard } from '../auth/sign-in-guard.js';
import { RequestFailure, fail } from '../http-errors.js';
import { logSecurityEvent } from '../security-log.js';

export interface AuthRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly keys: LoginKeys;
  readonly authenticator: Authenticator;
  readonly policy: PasswordPolicy;
  readonly guard: SignInGuard;
}

export const account = (user: UserRow) => ({ id: user.id, email: user.email, createdAt: user.createdAt });

export const authRoutes =
  (deps: AuthRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/csrf', { schema: { response: { 200: CsrfTokenSchema } } }, async (_request, reply) => ({
      token: reply.generateCsrf(),
    }));

    /**
     * Signs in to the (email, password) pair's account, or makes one: a stranger cannot tell a taken address from a
     * free one (same status, body shape and work). Counted like a sign-in, so it is no cheaper way to guess.
     */
    app.post(
      '/auth/signup',
      { schema: { body: CredentialsSchema, response: { 201: SignupResultSchema } } },
      async (request, reply) => {
        const email = normalizeEmail(request.body.email);
        const tag = deps.keys.tag(email);
        await deps.guard.admitAddress(request);
        const weak = deps.policy.refuse(request.body.password, email, 'password');
        if (weak) throw new RequestFailure(weak);
        await deps.guard.admit(request, tag);
        const found = await deps.authenticator.find(email, request.body.password);
        let user = found.user;
        if (user === undefined) {
          await deps.guard.countGuess(request, tag);
          const created = await deps.store.users.create({
            id: deps.newId(),
            email,
            loginKey: found.loginKey,
            createdAt: deps.now().toISOString(),
          });
          // 'key_taken': the same pair signed up a moment ago in another request; that is this person's account.
          user = created === 'key_taken' ? await deps.store.users.findByLoginKey(found.loginKey) : created;
          if (user === undefined) throw fail('internal');
          if (created === 'key_taken')
            logSecurityEvent(request, 'login', { userId: user.id, emailTag: tag, reason: 'signup_race' });
          else logSecurityEvent(request, 'signup', { userId: user.id, emailTag: tag });
        } else {
          await deps.guard.succeeded(request, tag);
          logSecurityEvent(request, 'login', { userId: user.id, emailTag: tag, reason: 'signup' });
        }
        await deps.sessions.start(request, reply, user.id);
        return reply.status(201).send({ ...account(user), existingAccount: found.user !== undefined });
      },
    );

    app.post(
      '/auth/login',
      { schema: { body: LoginSchema, response: { 200: AccountSchema } } },
      async (request, reply) => {
        const email = normalizeEmail(request.body.email);
        const tag = deps.keys.tag(email);
        await deps.guard.admitAddress(request);
        await deps.guard.admit(request, tag);
        const { user } = await deps.authenticator.find(email, request.body.password);
        if (!user) {
          await deps.guard.countGuess(request, tag);
          logSecurityEvent(request, 'login_failed', { emailTag: tag });
          throw fail('invalid_credentials');
        }
        await deps.guard.succeeded(request, tag);
        await deps.sessions.start(request, reply, user.id);
        logSecurityEvent(request, 'login', { userId: user.id, emailTag: tag });
        return account(user);
      },
    );

    app.post('/auth/logout', async (request, reply) => {
      // Signing out without a session is not an error; the line then names no account. The session was looked up
      // for this request already (flood control), so this costs no query.
      const userId = await deps.sessions.current(request).then(
        (session) => session.userId,
        () => undefined,
      );
      await deps.sessions.end(request, reply);
      logSecurityEvent(request, 'logout', { userId });
      return reply.status(204).send();
    });

    app.get('/auth/me', { schema: { response: { 200: AccountSchema } } }, async (request) => {
      const user = await deps.store.users.findById(await deps.sessions.requireUserId(request));
      if (!user) throw fail('unauthenticated');
      return account(user);
    });
  };
