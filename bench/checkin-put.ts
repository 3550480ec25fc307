/**
 * PUT /api/v1/checkins/:date throughput against two bare Fastify routes on the same loopback: one that only echoes
 * the body, and one that does the same durable SQLite write with nothing else (the ceiling for a durable write on
 * this stack: same table shape, WAL, synchronous = FULL, foreign keys on). Every request carries a new note, so
 * every request is a real edit that must reach the disk, not a replay the app may skip.
 *
 *   npx tsx bench/checkin-put.ts     (alone; `npm run bench` runs it with the rest)
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { benchApp } from './bench-app.js';

export interface CheckinPutThroughput {
  /** Requests per second of each route. */
  readonly echo: number;
  readonly upsert: number;
  /** The app with every request an edit, and with every request a replay of the stored day (nothing to write). */
  readonly app: number;
  readonly replay: number;
}

interface BenchBody {
  readonly symptoms: Record<string, number>;
  readonly sleepHours: number;
  readonly doseMg: number;
  readonly note: string;
}

const ROUNDS = 3;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const BODY: BenchBody = { symptoms: { tremor: 2, 'muscle-jerks': 1 }, sleepHours: 6.5, doseMg: 0.75, note: 'bench' };
const BENCH_USER = 'bench-user';

/** The checkins table as the migrations leave it (0001, 0006, 0007), with its owner's table for the foreign key. */
const SCHEMA = `
  create table users (id text primary key);
  create table checkins (
    id text primary key,
    user_id text not null references users (id) on delete cascade,
    date text not null,
    sleep_minutes integer,
    dose_micrograms integer,
    note text not null,
    severities text not null,
    created_at text not null,
    updated_at text not null,
    edited_at text,
    tags text not null default '[]',
    unique (user_id, date)
  );`;

const UPSERT = `
  insert into checkins (id, user_id, date, sleep_minutes, dose_micrograms, note, severities, tags, created_at, updated_at, edited_at)
  values (?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?)
  on conflict (user_id, date) do update set
    sleep_minutes = excluded.sleep_minutes, dose_micrograms = excluded.dose_micrograms, note = excluded.note,
    severities = excluded.severities, updated_at = excluded.updated_at, edited_at = excluded.edited_at`;

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** The durable write alone: one prepared upsert per request, committed (and fsynced) before the answer. */
function bareUpsertRoute(file: string): { readonly app: FastifyInstance; readonly close: () => Promise<void> } {
  const client = new SQLite(file);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = FULL');
  client.pragma('foreign_keys = ON');
  client.exec(SCHEMA);
  client.prepare('insert into users (id) values (?)').run(BENCH_USER);
  const upsert = client.prepare(UPSERT);
  let ids = 0;
  const app = Fastify();
  app.put<{ Params: { date: string }; Body: BenchBody }>('/bare/:date', async (request) => {
    const { body } = request;
    const now = new Date().toISOString();
    upsert.run(
      `row-${++ids}`,
      BENCH_USER,
      request.params.date,
      Math.round(body.sleepHours * 60),
      Math.round(body.doseMg * 1000),
      body.note,
      JSON.stringify(body.symptoms),
      now,
      now,
      now,
    );
    return body;
  });
  return {
    app,
    close: async () => {
      await app.close();
      client.close();
    },
  };
}

async function requestsPerSecond(
  url: string,
  headers: Record<string, string>,
  durationSeconds: number,
  connections: number,
  edit = true,
): Promise<number> {
  let edits = 0;
  const result = await autocannon({
    url,
    duration: durationSeconds,
    connections,
    requests: [
      {
        method: 'PUT',
        headers,
        // A new note each time: every request changes the day, so every one is written.
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify(edit ? { ...BODY, note: `bench edit ${++edits}` } : BODY),
        }),
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return result.requests.average;
}

/** A session and CSRF token for a new account on `base`, as request headers. */
async function signedInHeaders(base: string): Promise<Record<string, string>> {
  const csrf = await fetch(`${base}/api/v1/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { token } = (await csrf.json()) as { token: string };
  const signup = await fetch(`${base}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie },
    body: JSON.stringify({ email: 'bench@example.org', password: 'benchmark password' }),
  });
  const sessionCookie = signup.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { 'content-type': 'application/json', 'x-csrf-token': token, cookie: `${csrfCookie}; ${sessionCookie}` };
}

export async function measureCheckinPut(durationSeconds: number, connections: number): Promise<CheckinPutThroughput> {
  // better-sqlite3 falls back to synchronous = NORMAL in WAL mode unless told (no fsync per commit); the app must
  // be as durable as the bare route for a fair comparison, whether or not openSqlite sets it yet.
  const bench = await benchApp(async (database) => {
    await sql`pragma synchronous = FULL`.execute(database.db);
  });
  const { app } = bench;
  const echo = Fastify();
  echo.put('/bare/:date', async (request) => request.body);
  const upsert = bareUpsertRoute(join(bench.dir, 'bare.sqlite'));
  try {
    const [echoUrl, upsertUrl, appUrl] = [await listen(echo), await listen(upsert.app), await listen(app)];
    const headers = await signedInHeaders(appUrl);
    // Disk and CPU are shared with other work: the two durable routes take turns, and each keeps its median round.
    const slice = Math.max(2, Math.round(durationSeconds / 2));
    const upsertRounds: number[] = [];
    const appRounds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      upsertRounds.push(await requestsPerSecond(`${upsertUrl}/bare/2026-11-24`, headers, slice, connections));
      appRounds.push(await requestsPerSecond(`${appUrl}/api/v1/checkins/2026-11-24`, headers, slice, connections));
    }
    return {
      echo: await requestsPerSecond(`${echoUrl}/bare/2026-11-24`, headers, durationSeconds, connections),
      upsert: median(upsertRounds),
      app: median(appRounds),
      replay: await requestsPerSecond(
        `${appUrl}/api/v1/checkins/2026-11-25`,
        headers,
        durationSeconds,
        connections,
        false,
      ),
    };
  } finally {
    await upsert.close();
    await echo.close();
    await bench.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureCheckinPut(5, 10);
  console.log(
    `echo ${result.echo.toFixed(0)} req/s, durable upsert ${result.upsert.toFixed(0)} req/s, check-in PUT ${result.app.toFixed(0)} req/s ` +
      `(${((result.app / result.upsert) * 100).toFixed(0)} % of the upsert), replayed PUT ${result.replay.toFixed(0)} req/s (${((result.replay / result.echo) * 100).toFixed(0)} % of the echo)`,
  );
}
