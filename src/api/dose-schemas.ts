/** The HTTP contract of the dose log and adherence. */
import * as z from 'zod';
import { findMedication, hasMicrogramPrecision, INTAKE_FORMS, MAX_DOSE_MG, MAX_NOTE_LENGTH } from '../core/index.js';
import { CalendarDateSchema } from './schemas.js';

export const DoseBodySchema = z.strictObject({
  /** Client-generated, so a retry after a lost connection never logs the dose twice. */
  id: z.uuid({ message: 'must be a UUID' }).optional(),
  date: CalendarDateSchema,
  takenAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }),
  /** Which medicine; during a switch to diazepam a day has two. Absent (older clients): the plan's own medicine. */
  medicationId: z
    .string()
    .refine((id) => findMedication(id) !== undefined, { message: 'is not a known medication' })
    .nullable()
    .default(null),
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
  medicationId: z.string().nullable(),
  doseMg: z.number(),
  form: z.enum(INTAKE_FORMS).nullable(),
  note: z.string(),
});
export type DoseView = z.infer<typeof DoseSchema>;
/** Oldest first; at most 1100 (MAX_DOSES_LISTED): a range holding more is refused with `range_too_long` on `from`. */
export const DoseListSchema = z.object({ doses: z.array(DoseSchema) });
export const DoseParamsSchema = z.strictObject({ id: z.string().min(1).max(80) });

const DAY_STATUSES = ['as-planned', 'less', 'much-less', 'more', 'missed', 'not-recorded', 'no-plan'] as const;

export const AdherenceSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z
    .array(
      z.object({
        date: z.string(),
        intakes: z.number(),
        status: z.enum(DAY_STATUSES),
        source: z.enum(['dose-log', 'check-in', 'none']),
        medicines: z
          .array(
            z.object({
              medicationId: z.string(),
              plannedMg: z.number().nullable(),
              takenMg: z.number(),
              status: z.enum(DAY_STATUSES),
            }),
          )
          .readonly(),
      }),
    )
    .readonly(),
  risks: z
    .array(
      z.object({
        code: z.enum(['missed_days', 'far_below_plan']),
        from: z.string(),
        to: z.string(),
        days: z.number(),
        guidance: z.array(z.string()),
      }),
    )
    .readonly(),
});
export type AdherenceView = z.infer<typeof AdherenceSchema>;
