/**
 * Time limits on a connection, so no client can hold the server with a slow request: the headers must arrive
 * within `headersTimeoutMs` and the whole request, body included, within `requestTimeoutMs`. A body dripping a
 * byte every few seconds never trips an idle timeout, so the total is what cuts it off.
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyHttpOptions, FastifyInstance } from 'fastify';
import { domainError, type ErrorCode } from '../core/index.js';
import { errorBody, fail, HTTP_STATUS } from './http-errors.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;

/** Node checks the limits on a timer (30 s by default): checked more often, a limit holds to about a second. */
const MAX_CHECK_INTERVAL_MS = 1000;

/** Answers a connection-level failure in the API's own words, as Fastify's default handler would, then closes it. */
function answerClientError(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'request_timeout' : 'invalid_input';
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : HTTP_STATUS[code];
  // No request line or id exists yet; the operator still sees slow or broken clients being cut off.
  this.log.info({ status, code, reason: error.code }, 'connection cut');
  const body = JSON.stringify(errorBody(domainError(code)));
  // An answer already under way must not get a second one mixed into it.
  const answering =
    (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (socket.writable && !answering) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

export function connectionLimits(options: { readonly requestTimeoutMs?: number; readonly headersTimeoutMs?: number }) {
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS, requestTimeout);
  return {
    requestTimeout,
    http: {
      requestTimeout,
      headersTimeout,
      connectionsCheckingInterval: Math.min(MAX_CHECK_INTERVAL_MS, headersTimeout),
    },
    clientErrorHandler: answerClientError,
    // refuseWhileClosing answers instead, in the API's own error shape.
    return503OnClosing: false,
  } satisfies Partial<FastifyHttpOptions<Server>>;
}

/** While the server shuts down, a new request on a connection still open is refused (503 `unavailable`). */
export function refuseWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (_request, reply, done) => {
    if (!closing) return done();
    void reply.header('connection', 'close');
    done(fail('unavailable'));
  });
}
