/**
 * The server as a running process: time limits on slow clients (a real socket against a listening app) and
 * the built executable's start-up refusals and graceful shutdown. The executable tests use dist/: build first.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES, type TestDatabaseKind } from '../storage/test-databases.js';
import { createTestApp } from './test-app.js';

const MAIN = join(import.meta.dirname, '../../dist/server/main.js');
const PLAN = JSON.stringify({
  medicationId: 'clonazepam',
  form: 'liquid',
  currentDoseMg: 2,
  startDate: '2027-01-04',
  strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
});

interface Csrf {
  readonly token: string;
  readonly cookie: string;
}

/** Cookies as a browser keeps them: later Set-Cookie lines replace earlier ones, an emptied cookie is dropped. */
function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
    if (value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

/** A signed-in session and its CSRF token (the preview route needs a session; sign-up rotates the CSRF secret). */
async function signedIn(base: string): Promise<Csrf> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = async () => {
    const response = await fetch(`${base}/api/v1/csrf`, { headers: { cookie: cookie() } });
    keepCookies(jar, response);
    return ((await response.json()) as { token: string }).token;
  };
  const signup = await fetch(`${base}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': await csrf(), cookie: cookie() },
    body: JSON.stringify({ email: `drip-${String(Date.now())}@example.org`, password: 'correct horse battery' }),
  });
  if (signup.status !== 201) throw new Error(`sign-up answered ${String(signup.status)}`);
  keepCookies(jar, signup);
  const token = await csrf();
  return { token, cookie: cookie() };
}

/** A raw connection: what it receives until the server closes it. */
function rawConnection(port: number): { socket: Socket; closed: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  const closed = new Promise<string>((resolve) => {
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(received));
  });
  return { socket, closed };
}

function previewHead(csrf: Csrf, length: number, connection = 'close'): string {
  return (
    `POST /api/v1/plans/preview HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n` +
    `X-CSRF-Token: ${csrf.token}\r\nCookie: ${csrf.cookie}\r\nConnection: ${connection}\r\n\r\n`
  );
}

/** Writes `text` a character every `everyMs` until done or the server closes; how much was sent, and what came back. */
async function drip(
  port: number,
  head: string,
  text: string,
  everyMs: number,
): Promise<{ sent: number; answer: string }> {
  const { socket, closed } = rawConnection(port);
  const connection = { open: true };
  void closed.then(() => (connection.open = false));
  socket.write(head);
  let sent = 0;
  while (connection.open && sent < text.length) {
    socket.write(text.charAt(sent));
    sent += 1;
    await sleep(everyMs);
  }
  return { sent, answer: await closed };
}

describe('slow clients are cut off', () => {
  // The limits are the HTTP server's, whatever the database: SQLite is enough.
  const kind: TestDatabaseKind = sqliteKind();

  /** A listening app with short limits, for `check` to talk to over a raw socket. */
  async function withListeningApp(check: (port: number, logs: readonly string[]) => Promise<void>): Promise<void> {
    const logs: string[] = [];
    const logger = { level: 'info', stream: { write: (line: string) => logs.push(line) } };
    const t = await createTestApp(kind, { requestTimeoutMs: 1000, headersTimeoutMs: 500, logger });
    try {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      await check((t.app.server.address() as AddressInfo).port, logs);
    } finally {
      await t.close();
    }
  }

  // Finding: a request body could drip one byte every 9 s for minutes.
  it('answers 408 request_timeout to a body dripping a byte at a time, long before it is complete', async () => {
    await withListeningApp(async (port, logs) => {
      const csrf = await signedIn(`http://127.0.0.1:${port}`);
      const { sent, answer } = await drip(port, previewHead(csrf, Buffer.byteLength(PLAN)), PLAN, 250);
      expect(sent).toBeLessThan(PLAN.length);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer).toMatch(/cache-control: no-store/i);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
        error: { code: 'request_timeout' },
      });
      const cut = logs
        .map((line) => JSON.parse(line) as { msg: string; status?: number })
        .filter((line) => line.msg === 'connection cut');
      expect(cut).toMatchObject([{ status: 408, code: 'request_timeout' }]);
    });
  });

  it('closes a refused request whose body still drips, after its one answer', async () => {
    await withListeningApp(async (port) => {
      const forged = { token: 'forged', cookie: 'taper_csrf=forged' };
      const { answer } = await drip(port, previewHead(forged, Buffer.byteLength(PLAN)), PLAN, 250);
      expect(answer).toMatch(/^HTTP\/1\.1 403 /);
      expect(answer.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    });
  });

  it('while shutting down, finishes the request in flight and refuses the next one on its connection with 503 unavailable', async () => {
    const t = await createTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const csrf = await signedIn(`http://127.0.0.1:${port}`);
    const { socket, closed } = rawConnection(port);
    const half = Math.floor(PLAN.length / 2);
    socket.write(previewHead(csrf, Buffer.byteLength(PLAN), 'keep-alive') + PLAN.slice(0, half));
    await sleep(100);
    const closing = t.app.close();
    await sleep(100);
    socket.write(`${PLAN.slice(half)}GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    const answer = await closed;
    await closing;
    await t.close();
    const statuses = [...answer.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => match[1]);
    expect(statuses).toEqual(['200', '503']);
    expect(answer.slice(answer.lastIndexOf('\r\n\r\n') + 4)).toMatch(/^\{"error":\{"code":"unavailable"/);
  });

  it('shutting down waits for the work of requests whose clients went away, so the database closes after the last one', async () => {
    // Regression (bench:scale): clients that left mid-request closed their connections, the server's close
    // resolved at once, and their handlers then met a closed database (500 "driver has already been destroyed").
    let started = 0;
    const finished: Promise<string>[] = [];
    const t = await createTestApp(kind, {
      onRoute: (route) => {
        if (route.url !== '/api/v1/plans/preview' || route.method !== 'POST') return;
        const handler = route.handler;
        route.handler = function (this: unknown, request, reply) {
          started += 1;
          const work = (async () => {
            await sleep(300);
            // The real handler reads the plan's medicine and the person's data: it needs the database open.
            await handler.call(this as never, request, reply);
            return 'done';
          })();
          finished.push(work.catch((error: unknown) => String(error)));
          return work;
        };
      },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const csrf = await signedIn(`http://127.0.0.1:${port}`);
    const clients = Array.from({ length: 20 }, () => rawConnection(port));
    for (const { socket } of clients) socket.write(previewHead(csrf, Buffer.byteLength(PLAN), 'keep-alive') + PLAN);
    while (started < clients.length) await sleep(10);
    for (const { socket } of clients) socket.destroy();
    await Promise.all(clients.map((c) => c.closed));
    await t.app.close();
    const settledBeforeClose = await Promise.race([Promise.all(finished), sleep(0).then(() => 'still running')]);
    await t.close();
    expect(settledBeforeClose).toEqual(clients.map(() => 'done'));
  });

  it('answers 408 to headers sent a byte at a time', async () => {
    await withListeningApp(async (port) => {
      const { sent, answer } = await drip(
        port,
        '',
        `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'a'.repeat(200)}`,
        100,
      );
      expect(sent).toBeLessThan(200);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    });
  });
});

function sqliteKind(): TestDatabaseKind {
  const kind = TEST_DATABASES.find((k) => k.name === 'sqlite');
  if (!kind) throw new Error('no SQLite test database');
  return kind;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startMain(env: Record<string, string>): {
  child: ChildProcessByStdio<null, Readable, Readable>;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('the server executable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taper-main-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [{ TAPER_TRUST_PROXY: 'true' }, /TAPER_TRUST_PROXY: true would trust every X-Forwarded-For hop/],
    [{ TAPER_RATE_LIMIT: 'many' }, /TAPER_RATE_LIMIT: must be a whole number/],
  ])('refuses to start with %j, naming the variable', async (env, message) => {
    const main = startMain({ ...env, TAPER_DB: join(dir, 'refused.sqlite') });
    expect(await main.exited).toBe(2);
    expect(main.output()).toMatch(message);
  });

  it('on SIGTERM refuses new connections, finishes the request in flight with 200, then exits 0', async () => {
    const port = await freePort();
    const main = startMain({ PORT: String(port), TAPER_DB: join(dir, 'taper.sqlite'), LOG_LEVEL: 'info' });
    try {
      await expect.poll(main.output, { timeout: 15_000 }).toMatch(/is ready at/);
      const csrf = await signedIn(`http://127.0.0.1:${port}`);
      const { socket, closed } = rawConnection(port);
      const half = Math.floor(PLAN.length / 2);
      socket.write(previewHead(csrf, Buffer.byteLength(PLAN)) + PLAN.slice(0, half));
      await sleep(200);
      main.child.kill('SIGTERM');
      await expect.poll(() => refusesConnections(port), { timeout: 5000 }).toBe(true);
      socket.write(PLAN.slice(half));
      const answer = await closed;
      expect(answer).toMatch(/^HTTP\/1\.1 200 /);
      expect(answer).toContain('"steps"');
      expect(await main.exited).toBe(0);
      expect(main.output()).toMatch(/"signal":"SIGTERM"/);
    } finally {
      main.child.kill('SIGKILL');
    }
  });
});
