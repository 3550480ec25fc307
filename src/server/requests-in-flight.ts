/**
 * Counts the requests the app is still working on, so shutdown closes the database only after the last one.
 * The HTTP server's own close waits for connections, not for work: a client that gives up mid-request closes its
 * connection, but its handler runs on, and would find the database gone. A request counts from its first hook
 * until its answer is written, or, when nobody is there to read it, until its answer is ready (Fastify skips
 * onResponse for an aborted request but still runs the handler and onSend).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

export function waitForRequestsInFlight(app: FastifyInstance): void {
  const open = new Set<FastifyRequest>();
  let drained: (() => void) | undefined;
  const settle = (request: FastifyRequest) => {
    if (!open.delete(request) || open.size > 0) return;
    drained?.();
  };
  app.addHook('onRequest', (request, _reply, done) => {
    open.add(request);
    done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.raw.destroyed) settle(request);
    else reply.raw.once('close', () => settle(request));
    done(null, payload);
  });
  app.addHook('onResponse', (request, _reply, done) => {
    settle(request);
    done();
  });
  // onClose hooks run after the server has stopped taking connections, so no new request can join the count.
  app.addHook('onClose', async () => {
    if (open.size === 0) return;
    await new Promise<void>((resolve) => (drained = resolve));
  });
}
