/**
 * The doctor report's query (issue #12 §1): a period of at most 366 days (default the 90 days ending today), the
 * language of its words (default: Accept-Language, else English) and the name the person wants on it (none: no
 * name) and the questions they want to ask (none: no list). The answer is the PDF itself.
 */
import * as z from 'zod';
import { REPORT_NAME_MAX, REPORT_QUESTION_MAX, REPORT_QUESTIONS_MAX } from '../core/index.js';
import { DateRangeQuerySchema } from './schemas.js';

export const REPORT_DEFAULT_DAYS = 90;

export const ReportQuerySchema = DateRangeQuerySchema.safeExtend({
  lang: z.enum(['en', 'de']).optional(),
  name: z.string().trim().max(REPORT_NAME_MAX).optional(),
  /** The person's questions for the doctor, each as its own `question=` (kept on their device, printed as given). */
  question: z
    .union([z.string(), z.array(z.string())])
    .transform((q) => (Array.isArray(q) ? q : [q]))
    .pipe(z.array(z.string().trim().min(1).max(REPORT_QUESTION_MAX)).max(REPORT_QUESTIONS_MAX))
    .optional(),
});
export type ReportQuery = z.infer<typeof ReportQuerySchema>;
