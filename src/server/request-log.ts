/**
 * One structured log line per request, and a request id to find it by. The line names the route's pattern
 * (`/api/v1/checkins/:date`), never the URL: addresses and queries carry dates and other health data.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a proxy's id looks like (UUIDs and the like); anything else could forge or flood log lines. */
const LOOKS_LIKE_AN_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** Fastify options: keep a well-formed incoming id so one request can be followed through a proxy's logs too. */
export const requestIdOptions = {
  requestIdHeader: false,
  genReqId(request: IncomingMessage): string {
    const incoming = request.headers[REQUEST_ID_HEADER];
    return typeof incoming === 'string' && LOOKS_LIKE_AN_ID.test(incoming) ? incoming : randomUUID();
  },
} as const;

export function useRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    done();
  });
}
