import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RedFlagListSchema, SymptomListSchema } from '../../api/schemas.js';
import { redFlagView } from '../../api/red-flag-words.js';
import { RED_FLAGS, SUPPLY_FLAGS, SYMPTOM_CATALOGUE } from '../../core/index.js';

/** Reference data: the same for everyone, so it needs no session and may be cached. */
export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/symptoms', { schema: { response: { 200: SymptomListSchema } } }, async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=3600');
    return { symptoms: SYMPTOM_CATALOGUE.map((symptom) => ({ ...symptom, sources: [...symptom.sources] })) };
  });
  app.get('/red-flags', { schema: { response: { 200: RedFlagListSchema } } }, async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=3600');
    return { redFlags: RED_FLAGS.map(redFlagView), supplyFlags: SUPPLY_FLAGS.map(redFlagView) };
  });
};
