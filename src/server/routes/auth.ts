import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AccountSchema, CredentialsSchema, CsrfTokenSchema, LoginSchema } from '../../api/schemas.js';
import { normalizeEmail } from '../../core/index.js';
import type { Store, UserRow } from '../../storage/index.js';
import { hashForTiming, hashPassword, verifyPassword } from '../auth/passwords.js';
import type { Sessions } from '../auth/sessions.js';
import { fail, RequestFailure } from '../http-errors.js';
import { domainError } from '../../core/index.js';

export interface AuthRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Attempts per client address (sign-in and sign-up together). */
  readonly ipLimiter: RateLimiterAbstract;
  /** Failed sign-ins per account. */
  readonly accountLimiter: RateLimiterAbstract;
}

const account = (user: UserRow) => ({ id: user.id, email: user.email, createdAt: user.createdAt });

async function consumeOrFail(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    const waitMs = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
    throw new RequestFailure(domainError('rate_limited'), Math.ceil(waitMs / 1000));
  }
}

export const authRoutes =
  (deps: AuthRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/csrf', { schema: { response: { 200: CsrfTokenSchema } } }, async (_request, reply) => ({
      token: reply.generateCsrf(),
    }));

    app.post(
      '/auth/signup',
      { schema: { body: CredentialsSchema, response: { 201: AccountSchema } } },
      async (request, reply) => {
        await consumeOrFail(deps.ipLimiter, request.ip);
        const user = await deps.store.users.create({
          id: deps.newId(),
          email: normalizeEmail(request.body.email),
          passwordHash: await hashPassword(request.body.password),
          createdAt: deps.now().toISOString(),
        });
        if (user === 'email_taken') throw fail('email_taken', 'email');
        await deps.sessions.start(reply, user.id);
        return reply.status(201).send(account(user));
      },
    );

    app.post(
      '/auth/login',
      { schema: { body: LoginSchema, response: { 200: AccountSchema } } },
      async (request, reply) => {
        const email = normalizeEmail(request.body.email);
        await consumeOrFail(deps.ipLimiter, request.ip);
        await consumeOrFail(deps.accountLimiter, email);
        const user = await deps.store.users.findByEmail(email);
        const valid = await verifyPassword(user?.passwordHash ?? (await hashForTiming()), request.body.password);
        if (!user || !valid) throw fail('invalid_credentials');
        await deps.accountLimiter.delete(email);
        await deps.sessions.start(reply, user.id);
        return account(user);
      },
    );

    app.post('/auth/logout', async (request, reply) => {
      await deps.sessions.end(request, reply);
      return reply.status(204).send();
    });

    app.get('/auth/me', { schema: { response: { 200: AccountSchema } } }, async (request) => {
      const user = await deps.store.users.findById(await deps.sessions.requireUserId(request));
      if (!user) throw fail('unauthenticated');
      return account(user);
    });
  };
