/** A real server on a loopback port, over a fresh SQLite file, serving the built web app (dist/web). */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp, type AppOptions } from '../../src/server/app.js';
import { migrateToLatest, openDatabase } from '../../src/storage/index.js';

export interface RunningServer {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

export const WEB_ROOT = join(import.meta.dirname, '../../dist/web');

/** Starts the app; `overrides` change its options (e.g. limits for a benchmark). */
export async function startServer(overrides: Partial<AppOptions> = {}): Promise<RunningServer> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('dist/web is missing: run "npm run build" first.');
  const dir = mkdtempSync(join(tmpdir(), 'taper-e2e-'));
  const database = await openDatabase({ kind: 'sqlite', file: join(dir, 'taper.sqlite') });
  await migrateToLatest(database);
  const app = await buildApp({
    database,
    now: () => new Date(),
    newId: () => randomUUID(),
    newToken: () => randomBytes(32).toString('base64url'),
    webRoot: WEB_ROOT,
    ...overrides,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
