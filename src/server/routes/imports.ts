import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkImport } from '../../api/import-check.js';
import { ImportAnswerSchema, ImportFileSchema } from '../../api/import-schemas.js';
import type { Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { RequestFailure } from '../http-errors.js';

export interface ImportRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
}

/**
 * The largest import body. A five-year export with a version of every day, three doses a day and a weekly CIWA-B
 * measures 2.74 MB as sent (import.int.test.ts builds and imports it), so 16 MB leaves room for heavier use and long
 * notes while one body stays a bounded amount of work (docs/adr/0015-import-merge.md).
 */
export const IMPORT_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * An export file (docs/export-format.md) merged into the signed-in account: checked as a whole first (a record any
 * write would refuse refuses the file, 400 naming it), then merged in one transaction (storage/person-import.ts).
 */
export const importRoutes =
  (deps: ImportRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/import',
      {
        // A whole record written at once: it spends from the account's heavy budget too (api-rate-limit.ts).
        config: { heavy: true },
        bodyLimit: IMPORT_BODY_LIMIT_BYTES,
        schema: { body: ImportFileSchema, response: { 200: ImportAnswerSchema } },
      },
      async (request) => {
        const userId = await deps.sessions.requireUserId(request);
        const now = deps.now();
        const checked = checkImport(request.body, now);
        if (!checked.ok) throw new RequestFailure(checked.error);
        const merged = await deps.store.importFile(userId, checked.value, {
          now: now.toISOString(),
          newId: deps.newId,
        });
        if (!merged.ok) throw new RequestFailure(merged.error);
        return merged.value;
      },
    );
  };
