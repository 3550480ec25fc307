/**
 * Test doubles for the web's composition root: a fake HTTP API (routes answered by the test, or no connection
 * at all), a memory store, a clock the test sets and timers it runs. Screens and the records port are tested
 * over these instead of a browser and a server.
 */
import type { ErrorCode } from '../../core/index.js';
import { createWebData, type WebData } from './create-web-data.js';
import { createMemoryStore } from './memory-store.js';

export interface FakeReply {
  readonly status: number;
  readonly body?: unknown;
}

/** What a route is told of the request besides its body: the path's last part (for `:id` routes) and the query. */
export interface FakeRequest {
  readonly id: string;
  readonly query: URLSearchParams;
}

/**
 * Answers "METHOD /api/v1/path" (the query string left off), or "METHOD /api/v1/things/:id" for any last part;
 * unknown routes are 404. A route that throws is a request that never arrived (no connection).
 */
export type FakeRoutes = Record<string, (body: unknown, request: FakeRequest) => FakeReply | Promise<FakeReply>>;

export const failure = (status: number, code: ErrorCode, field?: string): FakeReply => ({
  status,
  body: { error: { code, message: code, ...(field ? { field } : {}) } },
});

export function fakeApi(routes: FakeRoutes) {
  let online = true;
  const requests: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const method = init?.method ?? 'GET';
    // The client always passes the address as a string.
    const [path = '', query] = (input as string).split('?');
    if (!online) throw new TypeError('Failed to fetch');
    if (path === '/api/v1/csrf') return Response.json({ token: 'token' });
    requests.push(`${method} ${path}`);
    const id = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
    const route = routes[`${method} ${path}`] ?? routes[`${method} ${path.slice(0, path.lastIndexOf('/'))}/:id`];
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request = { id, query: new URLSearchParams(query) };
    const reply = route ? await route(body, request) : failure(404, 'not_found');
    return reply.body === undefined ? new Response(null, { status: reply.status }) : Response.json(reply.body, reply);
  };
  return {
    fetch,
    requests,
    setOnline(next: boolean) {
      online = next;
    },
  };
}

/** A clock that stands still until the test moves it, and timers that run only when the test says. */
export function fakeTime(start = '2026-11-20T09:00:00Z') {
  let now = new Date(start).getTime();
  const timers = new Map<number, { run: () => void; at: number }>();
  let next = 0;
  return {
    clock: () => new Date(now),
    setTimer: (run: () => void, ms: number) => {
      timers.set(++next, { run, at: now + ms });
      return next;
    },
    clearTimer: (handle: unknown) => void timers.delete(handle as number),
    /** Moves the clock on and runs every timer that has come due. */
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at > now) continue;
        timers.delete(id);
        timer.run();
      }
    },
  };
}

/** The composition root over fakes. A save waits `patienceMs` of the fake clock: only as long as the test advances it. */
export function testWebData(api: ReturnType<typeof fakeApi>, time = fakeTime(), patienceMs = 60_000): WebData {
  return createWebData({
    fetch: api.fetch,
    openStore: () => Promise.resolve(createMemoryStore()),
    clock: time.clock,
    random: () => 0.5,
    setTimer: time.setTimer,
    clearTimer: time.clearTimer,
    patienceMs,
  });
}
