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
import { TEST_DATABASES } from '../storage/test-databases.js';
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

async function csrfFor(base: string): Promise<Csrf> {
  const response = await fetch(`${base}/api/v1/csrf`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { token: ((await response.json()) as { token: string }).token, cookie };
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

function previewHead(csrf: Csrf, length: number): string {
  return (
    `POST /api/v1/plans/preview HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n` +
    `X-CSRF-Token: ${csrf.token}\r\nCookie: ${csrf.cookie}\r\nConnection: close\r\n\r\n`
  );
}

describe('slow clients are cut off', () => {
  const kind = TEST_DATABASES[0];
  if (!kind) throw new Error('no test database');

  // Finding: a request body could drip one byte every 9 s for minutes.
  it('answers 408 request_timeout to a body dripping a byte at a time, long before it is complete', async () => {
    const t = await createTestApp(kind, { requestTimeoutMs: 1000, headersTimeoutMs: 500 });
    try {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      const csrf = await csrfFor(`http://127.0.0.1:${port}`);
      const { socket, closed } = rawConnection(port);
      socket.write(previewHead(csrf, Buffer.byteLength(PLAN)));
      let sent = 0;
      const connection = { open: true };
      void closed.then(() => (connection.open = false));
      while (connection.open && sent < PLAN.length) {
        socket.write(PLAN.charAt(sent));
        sent += 1;
        await sleep(250);
      }
      const answer = await closed;
      expect(sent).toBeLessThan(PLAN.length);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer).toMatch(/cache-control: no-store/i);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: { code: 'request_timeout' } });
    } finally {
      await t.close();
    }
  });

  it('closes a refused request whose body still drips, after its one answer', async () => {
    const t = await createTestApp(kind, { requestTimeoutMs: 1000, headersTimeoutMs: 500 });
    try {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      const { socket, closed } = rawConnection(port);
      socket.write(previewHead({ token: 'forged', cookie: 'taper_csrf=forged' }, Buffer.byteLength(PLAN)));
      const connection = { open: true };
      void closed.then(() => (connection.open = false));
      for (let sent = 0; connection.open && sent < PLAN.length; sent += 1) {
        socket.write(PLAN.charAt(sent));
        await sleep(250);
      }
      const answer = await closed;
      expect(answer).toMatch(/^HTTP\/1\.1 403 /);
      expect(answer.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('answers 408 to headers sent a byte at a time', async () => {
    const t = await createTestApp(kind, { requestTimeoutMs: 1000, headersTimeoutMs: 500 });
    try {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      const { socket, closed } = rawConnection(port);
      const head = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(200);
      const connection = { open: true };
      void closed.then(() => (connection.open = false));
      for (let i = 0; connection.open && i < head.length; i += 1) {
        socket.write(head.charAt(i));
        await sleep(100);
      }
      expect(await closed).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await t.close();
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startMain(env: Record<string, string>): { child: ChildProcessByStdio<null, Readable, Readable>; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
      const csrf = await csrfFor(`http://127.0.0.1:${port}`);
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
