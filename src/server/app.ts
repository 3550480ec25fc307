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
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createStore, type OpenDatabase } from '../storage/index.js';
import { createAccountSecurity } from './auth/account-security.js';
import { csrfCookieName } from './auth/sessions.js';
import { DEFAULT_GUARD_LIMITS } from './auth/sign-in-guard.js';
import { useSecurityHeaders } from './security-headers.js';
import { refuseUnstorableText } from './unstorable-text.js';
import { errorBody, handleError } from './http-errors.js';
import { accountRoutes } from './routes/account.js';
import { authRoutes } from './routes/auth.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { checkinRoutes } from './routes/checkins.js';
import { eventRoutes } from './routes/events.js';
import { planRoutes } from './routes/plans.js';
import { assessmentRoutes } from './routes/assessments.js';
import { mySymptomRoutes } from './routes/my-symptoms.js';
import { doseRoutes } from './routes/doses.js';
import { insightRoutes } from './routes/insights.js';
import { exportRoutes } from './routes/exports.js';
import { importRoutes } from './routes/imports.js';
import { reportRoutes } from './routes/report.js';
import { sharePageRoutes, shareRoutes, shareStylesheetRoute } from './routes/shares.js';
import { domainError } from '../core/index.js';
import { connectionLimits, refuseWhileClosing } from './connection-limits.js';
import { waitForRequestsInFlight } from './requests-in-flight.js';
import { healthRoutes } from './health-routes.js';
import { requestIdOptions, useRequestLog } from './request-log.js';
import {
  apiLimiterRowsOf,
  createApiLimiter,
  createHeavyLimiter,
  createShareLimiter,
  DEFAULT_API_REQUESTS_PER_MINUTE,
  useApiRateLimit,
} from './api-rate-limit.js';
import { fastifyTrustProxy, type TrustProxy } from './trust-proxy.js';
import { createComputedPlans } from './computed-plans.js';

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
  /** Whole-record requests per account in each 10 minutes (default HEAVY_REQUESTS_PER_WINDOW); tests lift it. */
  readonly heavyRequestsPerWindow?: number;
  /** Share-page requests per visitor address in each 10 minutes (default SHARE_REQUESTS_PER_WINDOW); tests lift it. */
  readonly shareRequestsPerWindow?: number;
  /** A session unused this long ends (default a week). */
  readonly sessionIdleMinutes?: number | undefined;
  /** A session ends this long after sign-in, however used (default 30). */
  readonly sessionMaxDays?: number | undefined;
  /** The whole request (headers and body) must arrive within this; a dripping body is cut off with a 408. */
  readonly requestTimeoutMs?: number;
  readonly headersTimeoutMs?: number;
  /** Sign-in and sign-up attempts per client address per 15 minutes. */
  readonly authAttemptsPerIp?: number;
  /** Failed sign-ins per email per 15 minutes from anywhere before every attempt on it is slowed (not refused). */
  readonly authAttemptsPerAccount?: number;
  /** Called for every route as it is registered (tests list the routes this way, so a new one cannot be missed). */
  readonly onRoute?: (route: RouteOptions) => void;
  /** Failed sign-ins per (email, client address) per 15 minutes; a success from there resets it. */
  readonly authFailuresPerPair?: number;
  /** Past the per-email ceiling, one attempt per email per this many seconds. */
  readonly authSlowSeconds?: number;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const PAGE_METHODS = new Set(['GET', 'HEAD']);

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
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  useRequestLog(app);
  refuseWhileClosing(app);
  waitForRequestsInFlight(app);
  // The API speaks JSON only; a plain-text body gets a clear 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');

  const store = createStore(options.database.db);
  const computedPlans = createComputedPlans();
  const auth = await createAccountSecurity(app, {
    database: options.database,
    store,
    now: options.now,
    newToken: options.newToken,
    newId: options.newId,
    secureCookies,
    idleMinutes: options.sessionIdleMinutes,
    maxDays: options.sessionMaxDays,
    limits: {
      perAddress: options.authAttemptsPerIp ?? DEFAULT_GUARD_LIMITS.perAddress,
      perPair: options.authFailuresPerPair ?? DEFAULT_GUARD_LIMITS.perPair,
      perAccount: options.authAttemptsPerAccount ?? DEFAULT_GUARD_LIMITS.perAccount,
      slowSeconds: options.authSlowSeconds ?? DEFAULT_GUARD_LIMITS.slowSeconds,
    },
  });
  const { sessions } = auth;
  const apiLimiter = await createApiLimiter(
    options.database,
    options.apiRequestsPerMinute ?? DEFAULT_API_REQUESTS_PER_MINUTE,
  );
  const heavyLimiter = await createHeavyLimiter(options.database, options.heavyRequestsPerWindow);
  const shareLimiter = await createShareLimiter(options.database, options.shareRequestsPerWindow);

  useSecurityHeaders(app, {
    frameguard: { action: 'deny' },
    contentSecurityPolicy: {
      directives: {
        // Only the app's own files: the built app has no inline styles or scripts and no fonts (checked in e2e/csp.e2e.test.ts).
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'font-src': ["'self'"],
        'worker-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        // No <base> and no framing: nothing on the page can redirect its relative links or draw it inside another site.
        'base-uri': ["'none'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': secureCookies ? [] : null,
      },
    },
  });
  await app.register(healthRoutes(options.database));
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies },
    cookieKey: csrfCookieName(secureCookies),
  });

  await app.register(
    async (api) => {
      // Answers carry health data: no browser or proxy keeps them. The catalogue routes replace it with public caching.
      api.addHook('onRequest', (_request, reply, done) => {
        void reply.header('cache-control', 'no-store');
        done();
      });
      // Flood control for the API only: the app's own static files are never throttled.
      useApiRateLimit(api, {
        limiter: apiLimiter,
        heavy: heavyLimiter,
        userIdOf: (request) => sessions.requireUserId(request).catch(() => undefined),
      });
      api.addHook('onRequest', (request, reply, done) => {
        if (UNSAFE_METHODS.has(request.method)) {
          api.csrfProtection(request, reply, done);
        } else {
          done();
        }
      });
      refuseUnstorableText(api);
      await api.register(authRoutes({ ...auth, now: options.now, newId: options.newId }));
      await api.register(
        accountRoutes({ ...auth, limiterRowsOf: (userId) => apiLimiterRowsOf(options.database.kind, userId) }),
      );
      await api.register(catalogueRoutes);
      await api.register(checkinRoutes({ store, sessions, now: options.now, newId: options.newId }));
      await api.register(eventRoutes({ store, sessions, now: options.now, newId: options.newId }));
      await api.register(planRoutes({ store, computedPlans, sessions, now: options.now, newId: options.newId }));
      await api.register(assessmentRoutes({ store, computedPlans, sessions, now: options.now, newId: options.newId }));
      await api.register(mySymptomRoutes({ store, sessions, now: options.now, newId: options.newId }));
      await api.register(doseRoutes({ store, computedPlans, sessions, now: options.now, newId: options.newId }));
      await api.register(insightRoutes({ store, computedPlans, sessions, now: options.now }));
      await api.register(exportRoutes({ store, sessions, now: options.now }));
      await api.register(importRoutes({ store, sessions, now: options.now, newId: options.newId }));
      await api.register(reportRoutes({ store, computedPlans, sessions, now: options.now }));
      await api.register(
        shareRoutes({ store, sessions, now: options.now, newId: options.newId, newToken: options.newToken }),
      );
      api.setNotFoundHandler((_request, reply) => reply.status(404).send(errorBody(domainError('not_found'))));
    },
    { prefix: '/api/v1' },
  );

  // The pages a share link opens: outside the API (a page, not JSON), with their own headers and rate limit.
  await app.register(
    sharePageRoutes({ store, computedPlans, now: options.now, newId: options.newId, limiter: shareLimiter }),
  );
  await app.register(shareStylesheetRoute);

  const webRoot = options.webRoot;
  if (webRoot !== undefined && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      cacheControl: false,
      // Source maps are not built; should an old one be left in the folder, it is not served either.
      allowedPath: (pathName) => !pathName.endsWith('.map'),
      setHeaders: (reply, path) => {
        // Hashed asset names never change content; everything else must be revalidated.
        void reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    // Any other page address is the single-page app, for GET and HEAD only (TRACE, POST… get a 404, not the page);
    // unknown /api addresses stay JSON 404s.
    app.setNotFoundHandler((request, reply) =>
      request.url.startsWith('/api/') ||
      request.url.split('?')[0]?.endsWith('.map') === true ||
      !PAGE_METHODS.has(request.method)
        ? reply
            .status(404)
            .header('cache-control', 'no-store')
            .send(errorBody(domainError('not_found')))
        : reply.header('cache-control', 'no-cache').sendFile('index.html'),
    );
  } else {
    app.setNotFoundHandler((_request, reply) => reply.status(404).send(errorBody(domainError('not_found'))));
  }

  return app;
}
