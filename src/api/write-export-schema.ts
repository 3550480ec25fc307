/**
 * Writes docs/export-format.schema.json from the export format's zod schema: `npm run export-schema`.
 * exports.int.test.ts fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import * as z from 'zod';
import { ExportFileSchema } from './export-schemas.js';

const target = new URL('../../docs/export-format.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(z.toJSONSchema(ExportFileSchema, { io: 'output' }), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
