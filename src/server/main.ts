/**
 * The server executable: the only file that reads the environment. Opens the database, brings its
 * schema up to date, serves the API and the web app, and shuts down cleanly on SIGINT/SIGTERM.
 *
 *   PORT           port to listen on (default 3000)
 *   HOST           address to bind (default 127.0.0.1; use 0.0.0.0 behind a proxy or in a container)
 *   TAPER_DB       SQLite file (default ./data/taper.sqlite)
 *   DATABASE_URL   postgres://… selects PostgreSQL instead of SQLite
 *   TAPER_SECURE_COOKIES=true  when served over HTTPS (Secure, __Host- cookies)
 *   TAPER_TRUST_PROXY=true     when behind a reverse proxy that sets X-Forwarded-For
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { chooseDatabase, migrateToLatest, openDatabase } from '../storage/index.js';
import { buildApp } from './app.js';

const env = process.env;
const port = Number(env['PORT'] ?? 3000);
const host = env['HOST'] ?? '127.0.0.1';
const config = chooseDatabase({ databaseUrl: env['DATABASE_URL'], sqliteFile: env['TAPER_DB'] });

// A lost PostgreSQL connection can be reported before the app (and its logger) exists.
let reportConnectionError = (error: Error) => {
  console.error(error);
};
const database = await openDatabase(config, { onConnectionError: (error) => reportConnectionError(error) });
const applied = await migrateToLatest(database);
const app = await buildApp({
  database,
  now: () => new Date(),
  newId: () => randomUUID(),
  newToken: () => randomBytes(32).toString('base64url'),
  // The built web app, found the same way from src/server (tsx) and dist/server (node).
  webRoot: fileURLToPath(new URL('../../dist/web', import.meta.url)),
  secureCookies: env['TAPER_SECURE_COOKIES'] === 'true',
  trustProxy: env['TAPER_TRUST_PROXY'] === 'true',
  logger: { level: env['LOG_LEVEL'] ?? 'info' },
});
reportConnectionError = (error) => app.log.warn({ err: error }, 'a PostgreSQL connection failed; the pool opens a new one when needed');
if (applied.length > 0) app.log.info({ applied }, 'database migrated');

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port, host });
app.log.info(`Taper Companion is ready at http://localhost:${port} (${config.kind})`);
