/** The HTTP contract of the taper planner: requests, responses, and the iCalendar options. */
import * as z from 'zod';
import {
  ERROR_CODES,
  findMedication,
  hasMicrogramPrecision,
  MAX_CUSTOM_STEPS,
  MAX_DOSE_MG,
  WARNING_CODES,
} from '../core/index.js';
import { CalendarDateSchema } from './schemas.js';

const FORM_KINDS = ['tablet', 'odt', 'capsule', 'liquid', 'drops'] as const;
const INDICATIONS = ['anxiety', 'panic', 'sleep', 'epilepsy', 'other'] as const;

const DoseMgSchema = z
  .number({ error: 'must be a number of mg' })
  .min(0, { message: 'must be 0 mg or more' })
  .max(MAX_DOSE_MG, { message: `must be at most ${String(MAX_DOSE_MG)} mg` })
  .refine(hasMicrogramPrecision, { message: 'must have at most 3 decimal places (whole micrograms)' });
const PositiveDoseMgSchema = DoseMgSchema.refine((mg) => mg > 0, { message: 'must be more than 0 mg' });

const ProportionalSchema = z.strictObject({
  kind: z.literal('proportional'),
  percent: z
    .number()
    .min(1, { message: 'must be at least 1%' })
    .max(25, { message: 'must be at most 25%' })
    .default(10),
  intervalDays: z
    .int()
    .min(7, { message: 'must be at least 7 days' })
    .max(56, { message: 'must be at most 56 days' })
    .default(14),
});

const LinearSchema = z.strictObject({
  kind: z.literal('linear'),
  stepMg: PositiveDoseMgSchema,
  intervalDays: z.int().min(1).max(56, { message: 'must be at most 56 days' }).default(14),
});

const CrossoverSchema = z.strictObject({
  kind: z.literal('crossover'),
  diazepamMgPerMg: z.number().positive().max(200),
  stageDays: z.int().min(5).max(14).default(7),
  intervalDays: z.int().min(7).max(14).default(14),
  cutSize: z.enum(['lower', 'upper']).default('lower'),
  diazepamForm: z.enum(FORM_KINDS).default('liquid'),
});

const CustomSchema = z.strictObject({
  kind: z.literal('custom'),
  steps: z
    .array(z.strictObject({ doseMg: DoseMgSchema, days: z.int().min(1).max(365) }))
    .min(1)
    .max(MAX_CUSTOM_STEPS),
});

export const PlanInputSchema = z.strictObject({
  medicationId: z.string().refine((id) => findMedication(id) !== undefined, { message: 'is not a known medication' }),
  form: z.enum(FORM_KINDS).default('tablet'),
  currentDoseMg: PositiveDoseMgSchema,
  startDate: CalendarDateSchema,
  strategy: z.discriminatedUnion('kind', [ProportionalSchema, LinearSchema, CrossoverSchema, CustomSchema]),
  endpointMg: DoseMgSchema.default(0),
  floorMg: PositiveDoseMgSchema.optional(),
  doseTimes: z
    .array(z.strictObject({ label: z.string().trim().min(1).max(30), share: z.number().gt(0).max(1) }))
    .min(1)
    .max(6)
    .refine((times) => new Set(times.map((t) => t.label)).size === times.length, {
      message: 'must name each dose time once',
    })
    .default([{ label: 'daily', share: 1 }]),
  takenDailyOver4Weeks: z.boolean().default(true),
  /** `prescriber-faster` only when the person says that they and their prescriber chose a faster pace; never a default. */
  pace: z
    .enum(['guideline', 'prescriber-faster'], { error: 'must be guideline or prescriber-faster' })
    .default('guideline'),
  indication: z.enum(INDICATIONS).optional(),
  syringeMl: z.number().min(0.01).max(1).default(0.1),
  mixVolumeMl: z.number().min(10).max(1000).optional(),
  strengthsMg: z.array(PositiveDoseMgSchema).min(1).max(10).optional(),
});
export type PlanInputBody = z.input<typeof PlanInputSchema>;

/** Responses carry the core's readonly arrays. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const PieceSchema = z.object({ strengthMg: z.number(), whole: z.number(), halves: z.number() });
const RealisationSchema = z.object({
  method: z.enum(['none', 'tablets', 'water-titration', 'liquid', 'drops']),
  achievedMg: z.number(),
  errorMg: z.number(),
  errorPercent: z.number(),
  pieces: list(PieceSchema).optional(),
  suspendTabletMg: z.number().optional(),
  mixVolumeMl: z.number().optional(),
  concentrationMgPerMl: z.number().optional(),
  takeMl: z.number().optional(),
  discardMl: z.number().optional(),
  mgPerDrop: z.number().optional(),
  drops: z.number().optional(),
});

export const PlanStepSchema = z.object({
  index: z.number(),
  kind: z.enum(['substitute', 'reduce', 'stop', 'maintain']),
  start: z.string(),
  end: z.string().nullable(),
  days: z.number().nullable(),
  doseMg: z.number(),
  cutPercent: z.number(),
  holdDays: z.number(),
  addedDays: z.number(),
  equivalence: z.object({ exactMg: z.number(), changePercent: z.number() }).optional(),
  doses: list(
    z.object({
      medicationId: z.string(),
      form: z.enum(FORM_KINDS),
      mg: z.number(),
      times: list(z.object({ label: z.string(), mg: z.number(), realisation: RealisationSchema })),
      realisation: RealisationSchema,
    }),
  ),
});

/** A guardrail warning as a code: its words and source are in the web's plan messages (and the CLI's table). */
export const PlanWarningSchema = z.object({
  code: z.enum(WARNING_CODES),
  steps: list(z.number()),
});

export const PlanAdjustmentSchema = z.object({
  code: z.enum(['form_switch', 'interval_lengthened', 'cut_capped', 'diazepam_rounded_down']),
  steps: list(z.number()),
  medicationId: z.string().optional(),
  form: z.enum(FORM_KINDS).optional(),
  homeMixture: z.boolean().optional(),
});

export const PlanSchema = z.object({
  medicationId: z.string(),
  doseScale: z.string(),
  pace: z.enum(['guideline', 'prescriber-faster']),
  floorMg: z.number(),
  finalStopLimitMg: z.number(),
  durationDays: z.number(),
  steps: list(PlanStepSchema),
  warnings: list(PlanWarningSchema),
  adjustments: list(PlanAdjustmentSchema),
});
export type PlanView = z.infer<typeof PlanSchema>;

export const HoldBodySchema = z.strictObject({
  stepIndex: z.int().min(0),
  days: z.int().min(1).max(180),
  reason: z.string().trim().min(1, { message: 'please say why, in a few words' }).max(500),
});
export type HoldBody = z.input<typeof HoldBodySchema>;

export const HoldSchema = z.object({
  stepIndex: z.number(),
  days: z.number(),
  reason: z.string(),
  createdAt: z.string(),
});

/** A red-flag event that paused the plan: unconfirmed (`confirmedOn` null) it holds the dose until confirmed. */
export const PlanPauseSchema = z.object({
  eventId: z.string(),
  kind: z.string(),
  since: z.string(),
  confirmedOn: z.string().nullable(),
  /** The step held at its dose, or null when the event came before the first step (the start moved). */
  stepIndex: z.number().nullable(),
  days: z.number(),
});
export type PlanPauseView = z.infer<typeof PlanPauseSchema>;

export const SavedPlanSchema = z.object({
  revision: z.number(),
  createdAt: z.string(),
  input: z.record(z.string(), z.unknown()),
  plan: PlanSchema,
  holds: z.array(HoldSchema).readonly(),
  /**
   * Holds saved by an older version that today's planner refuses (with its code, e.g. plan_too_long), left out of
   * `plan` so that it stays readable; usually empty. The server always sends it; answers kept on a device from before
   * it existed lack it.
   */
  ignoredHolds: z
    .array(HoldSchema.extend({ code: z.enum(ERROR_CODES) }))
    .readonly()
    .optional(),
  /** Pauses for red-flag events, oldest first; already applied to `plan`. */
  pauses: z.array(PlanPauseSchema).readonly(),
  /** The newest revisions first, at most 50 (MAX_REVISIONS_LISTED). */
  revisions: z.array(
    z.object({ revision: z.number(), createdAt: z.string(), medicationId: z.string(), strategy: z.string() }),
  ),
});
export type SavedPlan = z.infer<typeof SavedPlanSchema>;

/** The dose changes from `from` (default: today, UTC) to `to` (default: a year on); at most 366 days (`range_too_long`). */
export const IcsQuerySchema = z.strictObject({
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  reminder: z.enum(['true', 'false']).default('false'),
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time written HH:MM' })
    .default('09:00'),
});

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
export const ReminderQuerySchema = z.strictObject({
  checkinTime: z
    .union([z.literal('none'), z.string().regex(TIME_OF_DAY, { message: 'must be a time written HH:MM, or none' })])
    .default('20:00'),
  doseTimes: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    )
    .pipe(
      z.array(z.string().regex(TIME_OF_DAY, { message: 'must be times written HH:MM, separated by commas' })).max(6),
    ),
});

const EquivalentSchema = z.object({
  table: z.string(),
  mgLow: z.number(),
  mgHigh: z.number(),
  status: z.string(),
  sources: z.array(z.string()),
});
export const MedicationSchema = z.object({
  id: z.string(),
  name: z.string(),
  brandNames: z.array(z.string()),
  halfLifeHours: z.object({
    value: z.object({ low: z.number(), high: z.number(), metaboliteHigh: z.number().optional() }),
    status: z.string(),
    sources: z.array(z.string()),
  }),
  equivalents: z.array(EquivalentSchema),
  forms: z.array(z.record(z.string(), z.unknown())),
  specialistFirstFor: z.array(z.string()),
  diazepamRatio: z.object({ low: z.number(), high: z.number() }).nullable(),
  /** A daily dose above this (40 mg diazepam-equivalent by Ashton) needs a prescriber's plan; null without an equivalent. */
  usualRangeLimitMg: z.number().nullable(),
});
export const MedicationListSchema = z.object({ medications: z.array(MedicationSchema) });
export type MedicationView = z.infer<typeof MedicationSchema>;
