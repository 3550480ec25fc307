/**
 * The server executable: the only file that reads the environment (the settings and their defaults are in
 * server-config.ts and the README). Opens the database, brings its schema up to date, serves the API and the
 * web app, and on SIGINT/SIGTERM finishes the requests in flight before it closes the database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openDatabase } from '../storage/index.js';
import { buildApp } from './app.js';
import { parseServerConfig } from './server-config.js';

const parsed = parseServerConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(2);
}
const { config } = parsed;

// A lost PostgreSQL connection can be reported before the app (and its logger) exists.
let reportConnectionError = (error: Error) => {
  console.error(error);
};
const database = await openDatabase(config.database, { onConnectionError: (error) => reportConnectionError(error) });
const applied = await migrateToLatest(database);
const app = await buildApp({
  database,
  now: () => new Date(),
  newId: () => randomUUID(),
  newToken: () => randomBytes(32).toString('base64url'),
  // The built web app, found the same way from src/server (tsx) and dist/server (node).
  webRoot: fileURLToPath(new URL('../../dist/web', import.meta.url)),
  secureCookies: config.secureCookies,
  trustProxy: config.trustProxy,
  apiRequestsPerMinute: config.apiRequestsPerMinute,
  sessionIdleMinutes: config.sessionIdleMinutes,
  sessionMaxDays: config.sessionMaxDays,
  requestTimeoutMs: config.requestTimeoutMs,
  headersTimeoutMs: config.headersTimeoutMs,
  logger: { level: config.logLevel },
});
reportConnectionError = (error) =>
  app.log.warn({ err: error }, 'a PostgreSQL connection failed; the pool opens a new one when needed');
if (applied.length > 0) app.log.info({ applied }, 'database migrated');

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  // A request still arriving when its time is up is cut off anyway; past that (and a margin), stop waiting.
  setTimeout(() => {
    app.log.error('requests still open after the request timeout; exiting');
    process.exit(1);
  }, config.requestTimeoutMs + 5000).unref();
  // Stops accepting connections and waits for the requests in flight; then nothing can use the database.
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`Taper Companion is ready at http://localhost:${config.port} (${config.database.kind})`);
