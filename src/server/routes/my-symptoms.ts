import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MySymptomListSchema,
  MySymptomSchema,
  OwnSymptomBodySchema,
  PinBodySchema,
  SymptomParamsSchema,
  type MySymptom,
} from '../../api/schemas.js';
import { findSymptom, SYMPTOM_CATALOGUE } from '../../core/index.js';
import type { OwnSymptom, Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { fail } from '../http-errors.js';

export interface MySymptomRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** Own symptoms get an id that can never collide with a catalogue id. */
export const OWN_SYMPTOM_PREFIX = 'own-';

const ownView = (s: OwnSymptom, pinned: boolean | undefined): MySymptom => ({
  id: s.id,
  group: s.group,
  name: s.name,
  description: '',
  seekHelp: '',
  sources: [],
  pinnedByDefault: true,
  own: true,
  pinned: s.retiredAt === null && (pinned ?? true),
  retired: s.retiredAt !== null,
});

export const mySymptomRoutes =
  (deps: MySymptomRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    async function mySymptoms(userId: string): Promise<MySymptom[]> {
      const [pins, own] = await Promise.all([deps.store.symptoms.pins(userId), deps.store.symptoms.own(userId)]);
      return [
        ...SYMPTOM_CATALOGUE.map((s) => ({
          ...s,
          sources: [...s.sources],
          own: false,
          pinned: pins.get(s.id) ?? s.pinnedByDefault,
          retired: false,
        })),
        ...own.map((s) => ownView(s, pins.get(s.id))),
      ];
    }

    app.get('/me/symptoms', { schema: { response: { 200: MySymptomListSchema } } }, async (request) => ({
      symptoms: await mySymptoms(await deps.sessions.requireUserId(request)),
    }));

    app.put(
      '/me/symptoms/:id/pin',
      { schema: { params: SymptomParamsSchema, body: PinBodySchema, response: { 200: MySymptomSchema } } },
      async (request) => {
        const userId = await deps.sessions.requireUserId(request);
        const { id } = request.params;
        const own = (await deps.store.symptoms.own(userId)).find((s) => s.id === id && s.retiredAt === null);
        if (!findSymptom(id) && !own) throw fail('not_found');
        await deps.store.symptoms.setPin(userId, id, request.body.pinned, deps.now().toISOString());
        const updated = (await mySymptoms(userId)).find((s) => s.id === id);
        if (!updated) throw fail('not_found');
        return updated;
      },
    );

    app.post(
      '/me/symptoms',
      { schema: { body: OwnSymptomBodySchema, response: { 201: MySymptomSchema } } },
      async (request, reply) => {
        const userId = await deps.sessions.requireUserId(request);
        const added = await deps.store.symptoms.addOwn(userId, {
          id: `${OWN_SYMPTOM_PREFIX}${request.body.id ?? deps.newId()}`,
          name: request.body.name,
          group: request.body.group,
          createdAt: deps.now().toISOString(),
          retiredAt: null,
        });
        if (added === 'taken') throw fail('invalid_input', 'id');
        return reply.status(201).send(ownView(added, undefined));
      },
    );

    app.delete('/me/symptoms/:id', { schema: { params: SymptomParamsSchema } }, async (request, reply) => {
      const userId = await deps.sessions.requireUserId(request);
      if (!(await deps.store.symptoms.retireOwn(userId, request.params.id, deps.now().toISOString())))
        throw fail('not_found');
      return reply.status(204).send();
    });
  };
