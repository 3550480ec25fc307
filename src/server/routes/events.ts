import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EventBodySchema, EventListSchema, EventParamsSchema, EventSchema } from '../../api/schemas.js';
import type { Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { fail } from '../http-errors.js';

export interface EventRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
}

/**
 * Red-flag events (a seizure, confusion …): recorded as they happen, never edited; the person may delete one
 * recorded by mistake. The client may name an
 * event with its own UUID, so a retry returns the stored event (200) instead of recording it twice. Each pauses
 * the plan until the person confirms it is safe to go on (see current-plan.ts); confirming is once only.
 */
export const eventRoutes =
  (deps: EventRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/events',
      { schema: { body: EventBodySchema, response: { 200: EventSchema, 201: EventSchema } } },
      async (request, reply) => {
        const userId = await deps.sessions.requireUserId(request);
        const result = await deps.store.events.create(userId, {
          id: request.body.id ?? deps.newId(),
          kind: request.body.kind,
          // Stored in UTC so that events sort correctly whatever offset the device reported; the date as the device
          // wrote it is the person's own day, from which the plan's pause starts.
          occurredAt: new Date(request.body.occurredAt).toISOString(),
          occurredOn: request.body.occurredAt.slice(0, 10),
          note: request.body.note,
          createdAt: deps.now().toISOString(),
        });
        if (result === 'taken') throw fail('invalid_input', 'id');
        return reply.status(result.status === 'created' ? 201 : 200).send(result.event);
      },
    );

    app.post(
      '/events/:id/confirm',
      { schema: { params: EventParamsSchema, response: { 200: EventSchema } } },
      async (request) => {
        const userId = await deps.sessions.requireUserId(request);
        const event = await deps.store.events.confirm(userId, request.params.id, deps.now().toISOString());
        if (!event) throw fail('not_found');
        return event;
      },
    );

    /**
     * Undo: the person tapped a red flag by mistake. Allowed at any time, not only in the screen's short undo window:
     * the window belongs to the device, whose undo may reach the server much later (sent from the outbox after being
     * offline), and refusing it then would leave a mistaken event pausing the plan with no way to remove it. The
     * record is the person's own, like a dose they delete; the app offers the undo only for a short while after the
     * tap so that a real event is not removed in passing. Another person's id answers 404, as a missing one does.
     */
    app.delete('/events/:id', { schema: { params: EventParamsSchema } }, async (request, reply) => {
      const userId = await deps.sessions.requireUserId(request);
      if (!(await deps.store.events.delete(userId, request.params.id))) throw fail('not_found');
      return reply.status(204).send();
    });

    app.get('/events', { schema: { response: { 200: EventListSchema } } }, async (request) => {
      const userId = await deps.sessions.requireUserId(request);
      return { events: await deps.store.events.list(userId) };
    });
  };
