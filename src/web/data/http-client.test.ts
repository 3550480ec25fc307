import { describe, expect, it } from 'vitest';
import { createClient } from './http-client.js';

/** A fake server that hands out numbered CSRF tokens and records what each request carried. */
function fakeServer() {
  const seen: { method: string; path: string; token: string | undefined; body: unknown }[] = [];
  let issued = 0;
  const fetch: typeof globalThis.fetch = (input, init) => {
    // The client always passes the address as a string and the body as JSON text.
    const path = input as string;
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const body = init?.body === undefined ? undefined : (JSON.parse(init.body as string) as unknown);
    seen.push({ method: init?.method ?? 'GET', path, token: headers['x-csrf-token'], body });
    if (path.endsWith('/api/v1/csrf')) return Promise.resolve(Response.json({ token: `token-${++issued}` }));
    if (
      init?.method === 'DELETE' ||
      path.endsWith('/logout') ||
      path.endsWith('/logout-all') ||
      path.endsWith('/password')
    ) {
      return Promise.resolve(new Response(null, { status: 204 }));
    }
    return Promise.resolve(
      Response.json({ id: 'u1', email: 'ann@example.org', createdAt: 'x', existingAccount: false }, { status: 201 }),
    );
  };
  return { seen, fetch };
}

describe('api client and the CSRF secret rotating at sign-in and sign-out', () => {
  it('fetches a fresh token after signing in, signing out, ending sessions and deleting the account', async () => {
    const server = fakeServer();
    const client = createClient({ baseUrl: '', fetch: server.fetch });
    await client.signup({ email: 'ann@example.org', password: 'correct horse battery' });
    await client.changePassword({ currentPassword: 'correct horse battery', newPassword: 'another fine passphrase' });
    await client.endSession('s/1');
    await client.logoutAll();
    await client.login({ email: 'ann@example.org', password: 'another fine passphrase' });
    await client.deleteAccount({ password: 'another fine passphrase' });
    const unsafe = server.seen.filter((r) => r.method !== 'GET');
    expect(unsafe.map((r) => [r.method, r.path, r.token])).toEqual([
      ['POST', '/api/v1/auth/signup', 'token-1'],
      ['POST', '/api/v1/auth/password', 'token-2'],
      ['DELETE', '/api/v1/auth/sessions/s%2F1', 'token-2'],
      ['POST', '/api/v1/auth/logout-all', 'token-3'],
      ['POST', '/api/v1/auth/login', 'token-4'],
      ['DELETE', '/api/v1/auth/account', 'token-5'],
    ]);
    expect(unsafe.at(-1)?.body).toEqual({ password: 'another fine passphrase' });
  });

  it('passes on how long to wait from Retry-After', async () => {
    const fetch: typeof globalThis.fetch = () =>
      Promise.resolve(
        Response.json(
          { error: { code: 'rate_limited', message: 'wait' } },
          { status: 429, headers: { 'retry-after': '7' } },
        ),
      );
    const result = await createClient({ baseUrl: '', fetch }).me();
    expect(result).toEqual({
      ok: false,
      error: { code: 'rate_limited', message: 'wait', status: 429, retryAfterSeconds: 7 },
    });
  });

  it('lists sessions with a plain GET, no token needed', async () => {
    const server = fakeServer();
    await createClient({ baseUrl: '', fetch: server.fetch }).sessions();
    expect(server.seen).toEqual([{ method: 'GET', path: '/api/v1/auth/sessions', token: undefined, body: undefined }]);
  });
});
