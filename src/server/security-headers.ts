/**
 * Security headers from helmet, computed once. Our options make them the same for every answer (no
 * per-request nonces), yet @fastify/helmet rebuilt helmet and re-parsed the policy on each request, which
 * a profile showed at about 5 % of the server's CPU. One sync hook now sets the precomputed headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

export function securityHeaders(options: Readonly<HelmetOptions>): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const collect = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      Reflect.deleteProperty(headers, name.toLowerCase());
    },
  };
  // helmet only writes headers, so a bare request and a collecting response are enough.
  helmet(options)({} as unknown as IncomingMessage, collect as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error('helmet refused the options');
  });
  return headers;
}

/** Adds the headers to every answer, API, static files and errors alike. */
export function useSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
