import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EventBodySchema, EventListSchema, EventSchema } from '../../api/schemas.js';
import type { Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';

export interface EventRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** Red-flag events (a seizure, confusion …): recorded as they happen, never edited away. */
export const eventRoutes =
  (deps: EventRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/events', { schema: { body: EventBodySchema, response: { 201: EventSchema } } }, async (request, reply) => {
      const userId = await deps.sessions.requireUserId(request);
      const event = await deps.store.events.create(userId, {
        id: deps.newId(),
        kind: request.body.kind,
        // Stored in UTC so that events sort correctly whatever offset the device reported.
        occurredAt: new Date(request.body.occurredAt).toISOString(),
        note: request.body.note,
        createdAt: deps.now().toISOString(),
      });
      return reply.status(201).send(event);
    });

    app.get('/events', { schema: { response: { 200: EventListSchema } } }, async (request) => {
      const userId = await deps.sessions.requireUserId(request);
      return { events: await deps.store.events.list(userId) };
    });
  };
