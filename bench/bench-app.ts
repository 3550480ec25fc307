/**
 * The app as the benchmarks run it: a real server over a SQLite file in a temporary folder, the real clock, ids and
 * tokens, and flood control lifted (a benchmark is one client asking as fast as it can, not an attack).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { migrateToLatest, openDatabase, type OpenDatabase } from '../src/storage/index.js';

const LIFTED = 10_000_000;

export interface BenchApp {
  readonly app: FastifyInstance;
  readonly database: OpenDatabase;
  /** The temporary folder, for other files of the same benchmark. */
  readonly dir: string;
  /** Closes the app and the database and removes the folder. */
  close(): Promise<void>;
}

/** `prepare` runs on the migrated database before the app is built (a pragma, say). */
export async function benchApp(prepare?: (database: OpenDatabase) => Promise<void>): Promise<BenchApp> {
  const dir = mkdtempSync(join(tmpdir(), 'taper-bench-'));
  const database = await openDatabase({ kind: 'sqlite', file: join(dir, 'taper.sqlite') });
  await migrateToLatest(database);
  await prepare?.(database);
  const app = await buildApp({
    database,
    now: () => new Date(),
    newId: () => randomUUID(),
    newToken: () => randomBytes(32).toString('base64url'),
    apiRequestsPerMinute: LIFTED,
    heavyRequestsPerWindow: LIFTED,
    shareRequestsPerWindow: LIFTED,
  });
  return {
    app,
    database,
    dir,
    async close() {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Listens on a free loopback port; the API's base address (…/api/v1). */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${String((app.server.address() as AddressInfo).port)}/api/v1`;
}
