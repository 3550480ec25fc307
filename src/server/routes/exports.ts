import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ExportFileSchema } from '../../api/export-schemas.js';
import type { Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { fail } from '../http-errors.js';

export interface ExportRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
}

/**
 * Everything the person owns, as one file they keep (docs/export-format.md). Nothing leaves the server unless the
 * person asks: this is that asking. The answer is checked against the format's schema on the way out, like every
 * answer, so a file the import would refuse is never handed out.
 */
export const exportRoutes =
  (deps: ExportRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/export.json', { schema: { response: { 200: ExportFileSchema } } }, async (request, reply) => {
      const userId = await deps.sessions.requireUserId(request);
      const now = deps.now();
      const file = await deps.store.exportOf(userId, now.toISOString());
      if (!file) throw fail('unauthenticated');
      const day = now.toISOString().slice(0, 10);
      return reply.header('content-disposition', `attachment; filename="taper-companion-${day}.json"`).send(file);
    });
  };
