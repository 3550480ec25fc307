import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { CSV_TABLES, exportCsv } from '../../api/export-csv.js';
import { exportFhir } from '../../api/export-fhir.js';
import { ExportFileSchema, type ExportFile } from '../../api/export-schemas.js';
import type { Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { fail } from '../http-errors.js';

export interface ExportRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
}

/** The person's export file and the day it is dated (the server's UTC day, as the file names say). */
async function exportFor(
  deps: ExportRouteDeps,
  request: FastifyRequest,
): Promise<{ file: ExportFile; userId: string; day: string }> {
  const userId = await deps.sessions.requireUserId(request);
  const now = deps.now();
  const file = await deps.store.exportOf(userId, now.toISOString());
  if (!file) throw fail('unauthenticated');
  return { file, userId, day: now.toISOString().slice(0, 10) };
}

const attachment = (name: string) => `attachment; filename="${name}"`;

/**
 * Everything the person owns, as one file they keep (docs/export-format.md). Nothing leaves the server unless the
 * person asks: this is that asking. The answer is checked against the format's schema on the way out, like every
 * answer, so a file the import would refuse is never handed out.
 */
export const exportRoutes =
  (deps: ExportRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/export.json', { schema: { response: { 200: ExportFileSchema } } }, async (request, reply) => {
      const { file, day } = await exportFor(deps, request);
      return reply.header('content-disposition', attachment(`taper-companion-${day}.json`)).send(file);
    });

    // The same file as four CSV tables and as a FHIR R4 Bundle (docs/export-format.md): each reads one person's
    // export, as export.json does, and formats it with the pure functions the CLI uses too.
    for (const table of CSV_TABLES) {
      app.get(`/export/${table}.csv`, async (request, reply) => {
        const { file, day } = await exportFor(deps, request);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', attachment(`taper-companion-${day}-${table}.csv`))
          .send(exportCsv(file, table));
      });
    }

    app.get('/export/fhir', async (request, reply) => {
      const { file, userId, day } = await exportFor(deps, request);
      return reply
        .header('content-type', 'application/fhir+json; charset=utf-8')
        .header('content-disposition', attachment(`taper-companion-${day}-fhir.json`))
        .send(JSON.stringify(exportFhir(file, userId)));
    });
  };
