/**
 * The doctor report's query (issue #12 §1): a period of at most 366 days (default the 90 days ending today), the
 * language of its words (default: Accept-Language, else English) and the name the person wants on it (none: no
 * name). The answer is the PDF itself.
 */
import * as z from 'zod';
import { REPORT_NAME_MAX } from '../core/index.js';
import { DateRangeQuerySchema } from './schemas.js';

export const REPORT_DEFAULT_DAYS = 90;

export const ReportQuerySchema = DateRangeQuerySchema.safeExtend({
  lang: z.enum(['en', 'de']).optional(),
  name: z.string().trim().max(REPORT_NAME_MAX).optional(),
});
export type ReportQuery = z.infer<typeof ReportQuerySchema>;
