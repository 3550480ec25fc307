/** The HTTP contract of the dose log and adherence. */
import * as z from 'zod';
import { hasMicrogramPrecision, INTAKE_FORMS, MAX_DOSE_MG, MAX_NOTE_LENGTH } from '../core/index.js';
import { CalendarDateSchema } from './schemas.js';

export const DoseBodySchema = z.strictObject({
  /** Client-generated, so a retry after a lost connection never logs the dose twice. */
  id: z.uuid({ message: 'must be a UUID' }).optional(),
  date: CalendarDateSchema,
  takenAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }),
  doseMg: z
    .number()
    .min(0)
    .max(MAX_DOSE_MG)
    .refine(hasMicrogramPrecision, { message: 'must have at most 3 decimal places (whole micrograms)' }),
  /** How it was taken; null or absent when the person did not say. */
  form: z.enum(INTAKE_FORMS).nullable().default(null),
  note: z.string().max(MAX_NOTE_LENGTH).default(''),
});
export type DoseBody = z.input<typeof DoseBodySchema>;

export const DoseSchema = z.object({
  id: z.string(),
  date: z.string(),
  takenAt: z.string(),
  doseMg: z.number(),
  form: z.enum(INTAKE_FORMS).nullable(),
  note: z.string(),
});
export type DoseView = z.infer<typeof DoseSchema>;
export const DoseListSchema = z.object({ doses: z.array(DoseSchema) });
export const DoseParamsSchema = z.strictObject({ id: z.string().min(1).max(80) });

export const AdherenceSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z
    .array(
      z.object({
        date: z.string(),
        plannedMg: z.number().nullable(),
        takenMg: z.number(),
        intakes: z.number(),
        status: z.enum(['as-planned', 'less', 'more', 'missed', 'not-recorded', 'no-plan']),
      }),
    )
    .readonly(),
  risks: z.array(z.object({ code: z.literal('missed_days'), from: z.string(), to: z.string(), days: z.number(), guidance: z.array(z.string()) })).readonly(),
});
export type AdherenceView = z.infer<typeof AdherenceSchema>;
