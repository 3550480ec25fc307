/**
 * PostgreSQL at scale, through the real HTTP API: `npm run bench:scale` (it builds first). Seeds the database when
 * needed (bench/seed-scale.ts: 10,000 people × a year), starts TWO `node dist/server/main.js` processes on it, then
 *  1. one person's 90-day history, read one request at a time: p50 and p99 (goal: p99 under 10 ms);
 *  2. the throughput of both processes together while 1,000 people read their 90-day check-ins, each with their
 *     own session and address (autocannon against both at once), and of one process alone, for comparison.
 *
 *   npm run bench:scale [-- postgres://postgres@127.0.0.1:5432/taper_scale]
 *
 * The person of (1) signs in through the API. The crowd's sessions are written straight into the sessions table
 * (hashed exactly as sign-in does) to spare 1,000 argon2 hashes; they are deleted afterwards. The servers trust
 * X-Forwarded-For, as behind a proxy, and the API limit is lifted: the bench measures the servers, not the flood control.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { addDays } from '../src/core/index.js';
import { hashToken, sessionCookieName } from '../src/server/auth/sessions.js';
import {
  DAYS,
  FIRST_DAY,
  PEOPLE,
  personEmail,
  personId,
  SCALE_DATABASE_URL,
  SCALE_PASSWORD,
  seedScale,
} from './seed-scale.js';

const LAST_DAY = addDays(FIRST_DAY, DAYS - 1);
const HISTORY_FROM = addDays(LAST_DAY, -89);
const SEQUENTIAL_REQUESTS = 2_000;
/** A server in use is warm: the JIT has compiled the hot path long before a person's 2,000th request. */
const WARM_UP_REQUESTS = 1_000;
const CROWD = 1_000;
const DURATION_SECONDS = 10;
const WARM_UP_SECONDS = 5;
/** The same offered load whatever the number of processes: split evenly between them. */
const CONNECTIONS = 20;
const COOKIE = sessionCookieName(false);
const MAIN = fileURLToPath(new URL('../dist/server/main.js', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

interface Server {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

async function startMain(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    TAPER_TRUST_PROXY: '1',
    TAPER_RATE_LIMIT: '1000000',
    LOG_LEVEL: 'warn',
  };
  const child: ChildProcess = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`server on port ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/v1/csrf`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (attempt > 200) throw new Error(`server on port ${port} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`server on port ${port} shut down with exit code ${code}`);
    },
  };
}

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

/** Signs person 1 in through the API, as the app does. */
async function signIn(base: string): Promise<string> {
  const address = { 'x-forwarded-for': '203.0.113.1' };
  const csrf = await fetch(`${base}/api/v1/csrf`, { headers: address });
  const { token } = (await csrf.json()) as { token: string };
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { ...address, 'content-type': 'application/json', 'x-csrf-token': token, cookie: cookiesOf(csrf) },
    body: JSON.stringify({ email: personEmail(1), password: SCALE_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  return cookiesOf(login);
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;

/** One request at a time over one kept-alive connection: what one person waits for each answer. */
async function sequentialLatency(
  base: string,
  path: string,
  cookie: string,
  expectCount: (body: unknown) => number,
  expected: number,
  subnet: number,
) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let sent = 0;
  const get = () =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      // The API allows 600 requests a minute from one address: the series moves to a new one every 400.
      const address = `10.${subnet}.${Math.floor(sent++ / 400)}.1`;
      const req = httpRequest(`${base}${path}`, { agent, headers: { cookie, 'x-forwarded-for': address } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  const first = await get();
  const count = first.status === 200 ? expectCount(JSON.parse(first.body)) : -1;
  if (count !== expected) throw new Error(`${path}: expected ${expected} rows, got ${count} (status ${first.status})`);
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await get();
  const timings: number[] = [];
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
    const started = performance.now();
    const { status } = await get();
    timings.push(performance.now() - started);
    if (status !== 200) throw new Error(`${path}: status ${status}`);
  }
  agent.destroy();
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 0.5), p99: percentile(timings, 0.99) };
}

/** Sessions for people 1..CROWD, stored as sign-in stores them; returns their cookies and a way to remove them. */
async function crowdSessions(databaseUrl: string): Promise<{ cookies: string[]; remove: () => Promise<void> }> {
  const tokens = Array.from({ length: CROWD }, () => randomBytes(32).toString('base64url'));
  const hashes = tokens.map(hashToken);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const now = new Date();
  await client.query(
    `insert into sessions (token_hash, public_id, user_id, created_at, expires_at, last_used_at, device)
     select h, 'bench-' || h, u, $3, $4, $3, 'Bench' from unnest($1::text[], $2::text[]) as s(h, u)`,
    [
      hashes,
      tokens.map((_, i) => personId(i + 1)),
      now.toISOString(),
      new Date(now.getTime() + 3_600_000).toISOString(),
    ],
  );
  return {
    cookies: tokens.map((t) => `${COOKIE}=${t}`),
    remove: async () => {
      await client.query('delete from sessions where token_hash = any($1::text[])', [hashes]);
      await client.end();
    },
  };
}

/** Every request is a different person (round robin), from their own address, reading their last 90 days. */
function crowdRun(
  url: string,
  cookies: readonly string[],
  offset: number,
  duration: number,
  connections: number,
): Promise<autocannon.Result> {
  let next = offset;
  return autocannon({
    url,
    duration,
    connections,
    requests: [
      {
        method: 'GET',
        path: `/api/v1/checkins?from=${HISTORY_FROM}&to=${LAST_DAY}`,
        setupRequest: (request) => {
          const person = next++ % cookies.length;
          return {
            ...request,
            headers: {
              ...request.headers,
              cookie: cookies[person] ?? '',
              'x-forwarded-for': `10.0.${person >> 8}.${person & 255}`,
            },
          };
        },
      },
    ],
  });
}

async function throughput(
  servers: readonly Server[],
  cookies: readonly string[],
  duration = DURATION_SECONDS,
): Promise<{ rps: number; p99: number }> {
  const share = CONNECTIONS / servers.length;
  const results = await Promise.all(
    servers.map((s, i) => crowdRun(s.url, cookies, i * (cookies.length / servers.length), duration, share)),
  );
  for (const r of results)
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${r.url}: ${r.non2xx} non-2xx answers and ${r.errors} errors`);
  return {
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
  };
}

const databaseUrl = process.argv[2] ?? SCALE_DATABASE_URL;
console.log(`Seeding ${databaseUrl} when needed (${PEOPLE} people × ${DAYS} days) …`);
const seeded = await seedScale(databaseUrl);
console.log(
  seeded.wrote
    ? `  seeded in ${seeded.seconds.toFixed(0)} s`
    : `  already seeded (checked in ${seeded.seconds.toFixed(1)} s)`,
);

const servers = [await startMain(databaseUrl), await startMain(databaseUrl)];
const lines: string[] = [];
try {
  const [one, two] = servers as [Server, Server];
  const cookie = await signIn(one.url);
  const range = `from=${HISTORY_FROM}&to=${LAST_DAY}`;
  const checkins = await sequentialLatency(
    one.url,
    `/api/v1/checkins?${range}`,
    cookie,
    (b) => (b as { checkins: unknown[] }).checkins.length,
    90,
    101,
  );
  const doses = await sequentialLatency(
    one.url,
    `/api/v1/doses?${range}`,
    cookie,
    (b) => (b as { doses: unknown[] }).doses.length,
    180,
    102,
  );
  const crowd = await crowdSessions(databaseUrl);
  try {
    // Read everyone's pages once first, so neither run pays for a cold cache the other does not.
    await throughput([one, two], crowd.cookies, WARM_UP_SECONDS);
    const both = await throughput([one, two], crowd.cookies);
    const alone = await throughput([one], crowd.cookies);
    const ms = (v: number) => `${v.toFixed(2)} ms`;
    lines.push(
      `90-day check-ins (90 rows), one person, p50 / p99:  ${ms(checkins.p50)} / ${ms(checkins.p99)}  goal p99 < 10 ms  ${checkins.p99 < 10 ? 'met' : 'NOT MET'}`,
      `90-day doses (180 rows), one person, p50 / p99:     ${ms(doses.p50)} / ${ms(doses.p99)}  goal p99 < 10 ms  ${doses.p99 < 10 ? 'met' : 'NOT MET'}`,
      `${CROWD} people's 90-day check-ins, TWO processes:    ${both.rps.toFixed(0)} req/s (p99 ${both.p99} ms)`,
      `${CROWD} people's 90-day check-ins, one process:     ${alone.rps.toFixed(0)} req/s (p99 ${alone.p99} ms)`,
    );
  } finally {
    await crowd.remove();
  }
} finally {
  for (const server of servers) await server.stop();
}
console.log(`\n${lines.join('\n')}`);
console.log(
  `\n(${SEQUENTIAL_REQUESTS} sequential requests after ${WARM_UP_REQUESTS} warm-ups; crowd: ${CONNECTIONS} connections shared by the processes, ${DURATION_SECONDS} s, loopback, ` +
    `autocannon, PostgreSQL and the servers sharing this machine: ${process.arch}, ${cpus().length} cores, ` +
    `load average ${loadavg()[0]?.toFixed(1)}, Node ${process.version})`,
);
