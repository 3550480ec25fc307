/**
 * The composition root of the HTTP server: builds a Fastify app from its routes and the adapters it
 * is handed. It reads no environment and opens no database; main.ts does that. Tests call
 * buildApp() and drive it with app.inject().
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createStore, type OpenDatabase } from '../storage/index.js';
import { createSessions } from './auth/sessions.js';
import { useSecurityHeaders } from './security-headers.js';
import { errorBody, handleError } from './http-errors.js';
import { authRoutes } from './routes/auth.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { checkinRoutes } from './routes/checkins.js';
import { eventRoutes } from './routes/events.js';
import { planRoutes } from './routes/plans.js';
import { assessmentRoutes } from './routes/assessments.js';
import { mySymptomRoutes } from './routes/my-symptoms.js';
import { doseRoutes } from './routes/doses.js';
import { domainError } from '../core/index.js';
import { connectionLimits, refuseWhileClosing } from './connection-limits.js';
import { healthRoutes } from './health-routes.js';
import { requestIdOptions, useRequestLog } from './request-log.js';
import { createApiLimiter, DEFAULT_API_REQUESTS_PER_MINUTE, useApiRateLimit } from './api-rate-limit.js';
import { fastifyTrustProxy, type TrustProxy } from './trust-proxy.js';

export const BODY_LIMIT_BYTES = 64 * 1024;

export interface AppOptions {
  readonly database: OpenDatabase;
  readonly now: () => Date;
  readonly newId: () => string;
  /** A fresh unguessable session token (at least 32 random bytes). */
  readonly newToken: () => string;
  /** Built web app to serve at `/`; omitted in API-only tests. */
  readonly webRoot?: string | undefined;
  /** True behind HTTPS: cookies become Secure and __Host- prefixed. */
  readonly secureCookies?: boolean;
  /** Proxies whose X-Forwarded-For is believed: how many hops, or their addresses/CIDRs; never every hop. */
  readonly trustProxy?: TrustProxy;
  readonly logger?: FastifyServerOptions['logger'];
  /** API requests per minute per signed-in account, or per address when signed out (flood control). */
  readonly apiRequestsPerMinute?: number;
  /** Session lifetimes, applied by the sessions module. */
  readonly sessionIdleMinutes?: number | undefined;
  readonly sessionMaxDays?: number | undefined;
  /** The whole request (headers and body) must arrive within this; a dripping body is cut off with a 408. */
  readonly requestTimeoutMs?: number;
  readonly headersTimeoutMs?: number;
  /** Sign-in and sign-up attempts per client address per 15 minutes. */
  readonly authAttemptsPerIp?: number;
  /** Sign-in attempts per account per 15 minutes; a success resets the count. */
  readonly authAttemptsPerAccount?: number;
}

const FIFTEEN_MINUTES = 15 * 60;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const secureCookies = options.secureCookies ?? false;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: fastifyTrustProxy(options.trustProxy),
    ...connectionLimits(options),
    ...requestIdOptions,
    // Health data must not end up in logs: Fastify's request lines carry URLs (dates, queries); request-log.ts writes ours.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  useRequestLog(app);
  refuseWhileClosing(app);
  // The API speaks JSON only; a plain-text body gets a clear 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');

  const store = createStore(options.database.db);
  const sessions = createSessions({ store, now: options.now, newToken: options.newToken, secureCookies });
  const [ipLimiter, accountLimiter] = await Promise.all([
    options.database.createLimiter({ name: 'auth_ip', points: options.authAttemptsPerIp ?? 30, durationSeconds: FIFTEEN_MINUTES }),
    options.database.createLimiter({
      name: 'auth_account',
      points: options.authAttemptsPerAccount ?? 5,
      durationSeconds: FIFTEEN_MINUTES,
    }),
  ]);
  const apiLimiter = await createApiLimiter(options.database, options.apiRequestsPerMinute ?? DEFAULT_API_REQUESTS_PER_MINUTE);

  useSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        // Only the app's own files: the built app has no inline styles or scripts and no fonts (checked in e2e/csp.e2e.test.ts).
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'font-src': ["'self'"],
        'worker-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': secureCookies ? [] : null,
      },
    },
  });
  await app.register(healthRoutes(options.database));
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies },
    ...(secureCookies ? { cookieKey: '__Host-taper_csrf' } : { cookieKey: 'taper_csrf' }),
  });

  await app.register(
    async (api) => {
      // Answers carry health data: no browser or proxy keeps them. The catalogue routes replace it with public caching.
      api.addHook('onRequest', (_request, reply, done) => {
        void reply.header('cache-control', 'no-store');
        done();
      });
      // Flood control for the API only: the app's own static files are never throttled.
      useApiRateLimit(api, { limiter: apiLimiter, userIdOf: (request) => sessions.requireUserId(request).catch(() => undefined) });
      api.addHook('onRequest', (request, reply, done) => {
        if (UNSAFE_METHODS.has(request.method)) {
          api.csrfProtection(request, reply, done);
        } else {
          done();
        }
      });
      await api.register(authRoutes({ store, sessions, now: options.now, newId: options.newId, ipLimiter, accountLimiter }));
      await api.register(catalogueRoutes);
      await api.register(checkinRoutes({ store, sessions, now: options.now, newId: options.newId }));
      await api.register(eventRoutes({ store, sessions, now: options.now, newId: options.newId }));
      await api.register(planRoutes({ store, sessions, now: options.now, newId: options.newId }));
      await api.register(assessmentRoutes({ store, sessions, now: options.now, newId: options.newId }));
      await api.register(mySymptomRoutes({ store, sessions, now: options.now, newId: options.newId }));
      await api.register(doseRoutes({ store, sessions, now: options.now, newId: options.newId }));
      api.setNotFoundHandler((_request, reply) => reply.status(404).send(errorBody(domainError('not_found'))));
    },
    { prefix: '/api/v1' },
  );

  const webRoot = options.webRoot;
  if (webRoot !== undefined && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      cacheControl: false,
      // Source maps are not built; should an old one be left in the folder, it is not served either.
      allowedPath: (pathName) => !pathName.endsWith('.map'),
      setHeaders: (reply, path) => {
        // Hashed asset names never change content; everything else must be revalidated.
        void reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Any other page address is the single-page app; unknown /api addresses stay JSON 404s.
    app.setNotFoundHandler((request, reply) =>
      request.url.startsWith('/api/') || request.url.split('?')[0]?.endsWith('.map') === true
        ? reply.status(404).header('cache-control', 'no-store').send(errorBody(domainError('not_found')))
        : reply.header('cache-control', 'no-cache').sendFile('index.html'),
    );
  } else {
    app.setNotFoundHandler((_request, reply) => reply.status(404).send(errorBody(domainError('not_found'))));
  }

  return app;
}
