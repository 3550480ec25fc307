/**
 * Probes for an orchestrator or a load balancer, outside the API: no session, no CSRF, never throttled.
 * `/healthz` says the process is up (it touches nothing else); `/readyz` that the database answers.
 */
import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { ErrorBodySchema } from '../api/schemas.js';
import type { OpenDatabase } from '../storage/index.js';
import { fail } from './http-errors.js';

/** Longer than a healthy database ever takes; a probe must answer before its own timeout. */
const READY_TIMEOUT_MS = 2000;

const ProbeSchema = z.object({ status: z.enum(['up', 'ready']) });

async function databaseAnswers(database: OpenDatabase): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  const query = sql`select 1`.execute(database.db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes =
  (database: OpenDatabase): FastifyPluginAsyncZod =>
  async (app) => {
    app.addHook('onRequest', (_request, reply, done) => {
      void reply.header('cache-control', 'no-store');
      done();
    });
    app.get('/healthz', { schema: { response: { 200: ProbeSchema } } }, async () => ({ status: 'up' as const }));
    app.get('/readyz', { schema: { response: { 200: ProbeSchema, 503: ErrorBodySchema } } }, async () => {
      if (!(await databaseAnswers(database))) throw fail('unavailable');
      return { status: 'ready' as const };
    });
  };
