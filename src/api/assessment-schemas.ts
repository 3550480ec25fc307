/** The HTTP contract of questionnaires: the instrument definitions and stored results. */
import * as z from 'zod';
import { ANSWER_SCALES, findInstrument } from '../core/index.js';
import { CalendarDateSchema, DateRangeQuerySchema } from './schemas.js';

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const InstrumentSchema = z.object({
  id: z.string(),
  /** The published abbreviation; every other word of a questionnaire is the web's, found by the ids below. */
  shortName: z.string(),
  timeFrame: z.enum(['today', 'past-few-days']),
  citation: z.string(),
  /** Source ids (docs/SOURCES.md), which the web app names by their public titles. */
  sources: list(z.string()),
  evidence: z.enum(['confirmed', 'secondary', 'unconfirmed']),
  maxScore: z.number(),
  items: list(
    z.object({
      id: z.string(),
      rater: z.enum(['self', 'observer']),
      scale: z.enum(ANSWER_SCALES),
      options: list(z.object({ value: z.number() })),
      /** A red-flag kind any answer above the lowest may be (see core/instruments/instrument.ts). */
      redFlag: z.string().optional(),
    }),
  ),
  unscored: list(z.object({ id: z.string(), unit: z.enum(['hours', 'minutes']), max: z.number() })),
  bands: list(z.object({ min: z.number(), max: z.number(), id: z.string(), contactClinician: z.boolean() })).nullable(),
});
export const InstrumentListSchema = z.object({ instruments: list(InstrumentSchema) });
export type InstrumentView = z.infer<typeof InstrumentSchema>;

export const AssessmentBodySchema = z.strictObject({
  /** Client-generated, so a retry after a lost connection never stores the result twice. */
  id: z.uuid({ message: 'must be a UUID' }).optional(),
  instrument: z.string().refine((id) => findInstrument(id) !== undefined, { message: 'is not a known questionnaire' }),
  date: CalendarDateSchema,
  answers: z.array(z.number()).max(100),
  unscored: z.record(z.string().max(40), z.number().min(0)).default({}),
});
export type AssessmentBody = z.input<typeof AssessmentBodySchema>;

export const AssessmentSchema = z.object({
  id: z.string(),
  instrument: z.string(),
  date: z.string(),
  answers: list(z.number()),
  unscored: z.record(z.string(), z.number()),
  score: z.number(),
  maxScore: z.number(),
  band: z.string().nullable(),
  /** The band says to contact a clinician today (CIWA-B severe and very severe). */
  contactClinician: z.boolean(),
  createdAt: z.string(),
});
export type AssessmentView = z.infer<typeof AssessmentSchema>;
/** Newest first; at most 1100 (MAX_LIST_ROWS): a range holding more is refused with `range_too_long` on `from`. */
export const AssessmentListSchema = z.object({ assessments: list(AssessmentSchema) });

export const AssessmentPromptSchema = z.object({
  prompt: z
    .object({
      reason: z.enum(['before-cut', 'after-cut', 'weekly']),
      cutDate: z.string().optional(),
      daysAfter: z.number().optional(),
      lastDate: z.string().nullable().optional(),
    })
    .nullable(),
  /** The questionnaire to offer: CIWA-B, whose bands are published. */
  instrument: z.string(),
});
export type AssessmentPromptView = z.infer<typeof AssessmentPromptSchema>;

export const AssessmentQuerySchema = z
  .strictObject({
    instrument: z
      .string()
      .refine((id) => findInstrument(id) !== undefined, { message: 'is not a known questionnaire' })
      .optional(),
    /** Bounded and defaulted as DateRangeQuerySchema (src/api/schemas.ts): at most 366 days, the year ending tomorrow. */
    from: DateRangeQuerySchema.shape.from,
    to: DateRangeQuerySchema.shape.to,
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'must not be after "to"',
    path: ['from'],
  });
