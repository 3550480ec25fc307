import { describe, expect, it } from 'vitest';
import { parseServerConfig } from './server-config.js';

function refusal(env: Record<string, string>): string {
  const result = parseServerConfig(env);
  if (result.ok) throw new Error(`expected ${JSON.stringify(env)} to be refused`);
  return result.message;
}

describe('server settings', () => {
  it('has safe defaults when nothing is set', () => {
    const result = parseServerConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: '127.0.0.1',
        database: { kind: 'sqlite', file: 'data/taper.sqlite' },
        secureCookies: false,
        trustProxy: false,
        apiRequestsPerMinute: 600,
        sessionIdleMinutes: undefined,
        sessionMaxDays: undefined,
        requestTimeoutMs: 30_000,
        headersTimeoutMs: 10_000,
        logLevel: 'info',
      },
    });
  });

  it('reads every knob', () => {
    const result = parseServerConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://db/taper',
      TAPER_SECURE_COOKIES: 'true',
      TAPER_TRUST_PROXY: '2',
      TAPER_RATE_LIMIT: '1200',
      TAPER_SESSION_IDLE_MINUTES: '90',
      TAPER_SESSION_MAX_DAYS: '14',
      TAPER_REQUEST_TIMEOUT_MS: '20000',
      TAPER_HEADERS_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'warn',
    });
    expect(result.ok && result.config).toMatchObject({
      port: 8080,
      database: { kind: 'postgres', url: 'postgres://db/taper' },
      secureCookies: true,
      trustProxy: 2,
      apiRequestsPerMinute: 1200,
      sessionIdleMinutes: 90,
      sessionMaxDays: 14,
      requestTimeoutMs: 20_000,
      headersTimeoutMs: 5000,
      logLevel: 'warn',
    });
  });

  it('takes a list of proxy addresses and CIDR ranges', () => {
    const result = parseServerConfig({ TAPER_TRUST_PROXY: '10.0.0.2, 10.1.0.0/16,::1,fd00::/8' });
    expect(result.ok && result.config.trustProxy).toEqual(['10.0.0.2', '10.1.0.0/16', '::1', 'fd00::/8']);
  });

  // Finding: TAPER_TRUST_PROXY=true trusted every X-Forwarded-For hop, so a spoofed first hop walked past every limit.
  it('refuses TAPER_TRUST_PROXY=true, saying what to give instead', () => {
    const message = refusal({ TAPER_TRUST_PROXY: 'true' });
    expect(message).toMatch(/TAPER_TRUST_PROXY: true would trust every X-Forwarded-For hop/);
    expect(message).toMatch(/number of proxies/);
  });

  it.each([
    [{ TAPER_TRUST_PROXY: '10.0.0.0/33' }, /TAPER_TRUST_PROXY: "10.0.0.0\/33" is neither/],
    [{ TAPER_TRUST_PROXY: 'proxy.local' }, /TAPER_TRUST_PROXY: "proxy.local"/],
    [{ TAPER_TRUST_PROXY: '0' }, /TAPER_TRUST_PROXY: a hop count must be from 1 to 10/],
    [{ TAPER_RATE_LIMIT: 'lots' }, /TAPER_RATE_LIMIT: must be a whole number/],
    [{ TAPER_RATE_LIMIT: '0' }, /TAPER_RATE_LIMIT: must be at least 1/],
    [{ PORT: '70000' }, /PORT: must be at most 65535/],
    [{ TAPER_SESSION_IDLE_MINUTES: '-5' }, /TAPER_SESSION_IDLE_MINUTES: must be a whole number/],
    [{ TAPER_SESSION_MAX_DAYS: '1.5' }, /TAPER_SESSION_MAX_DAYS: must be a whole number/],
    [{ TAPER_REQUEST_TIMEOUT_MS: '10' }, /TAPER_REQUEST_TIMEOUT_MS: must be at least 100/],
    [
      { TAPER_REQUEST_TIMEOUT_MS: '5000', TAPER_HEADERS_TIMEOUT_MS: '6000' },
      /TAPER_HEADERS_TIMEOUT_MS: must not be more than TAPER_REQUEST_TIMEOUT_MS/,
    ],
    [{ TAPER_SECURE_COOKIES: 'yes' }, /TAPER_SECURE_COOKIES: must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: must be one of/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(refusal(env)).toMatch(message);
  });
});
