/**
 * The HTTP contract of the insights (issue #11): where am I, trends, how symptoms follow cuts, readiness. Codes and
 * numbers only; the web words every code. Dates are YYYY-MM-DD; a missing value is null, never left out.
 */
import * as z from 'zod';
import { PHASES, SYMPTOM_GROUPS, TYPICAL_CODES, type SignalCode } from '../core/index.js';
import { CalendarDateSchema, DateParamsSchema, DateRangeQuerySchema } from './schemas.js';

/** A source id (docs/SOURCES.md) or `design-choice`; the web names each by its public title. */
const SourceIdSchema = z.string();
const DayWindowSchema = z.tuple([z.number(), z.number()]).readonly();
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** `date`, optional: default today (UTC). */
export const InsightDateQuerySchema = DateParamsSchema.partial();
/** As DateRangeQuerySchema (at most 366 days, `range_too_long` naming the field); default the 90 days ending `to` or today. */
export const InsightRangeQuerySchema = DateRangeQuerySchema;
export const TRENDS_DEFAULT_DAYS = 90;

export const PhaseWindowsSchema = z.object({
  onset: DayWindowSchema,
  peak: DayWindowSchema,
  easing: DayWindowSchema,
  basis: z.enum(['medication', 'half-life-class']),
  halfLifeClass: z.enum(['short', 'long']),
  status: z.enum(['confirmed', 'secondary', 'unconfirmed']),
  sources: list(SourceIdSchema),
});

export const LongActingReferenceSchema = z.object({
  onsetDays: DayWindowSchema,
  appearWithinDays: z.number(),
  sources: list(SourceIdSchema),
});

const ChangeSchema = z.object({ date: CalendarDateSchema, fromMg: z.number(), toMg: z.number() });

export const PhaseAnswerSchema = z.object({
  date: CalendarDateSchema,
  phase: z.enum(PHASES),
  /** Day at the current dose (1 = first day at the new dose); after the last dose, days since stopping. */
  day: z.number().nullable(),
  change: ChangeSchema.extend({ dateFrom: z.enum(['plan', 'dose-log']) }).nullable(),
  typical: z.object({ code: z.enum(TYPICAL_CODES), sources: list(SourceIdSchema) }),
  /** The windows the phase was read from (null with no plan or before it starts), and clinical.md's long-acting figures. */
  windows: z.object({ used: PhaseWindowsSchema.nullable(), longActing: LongActingReferenceSchema.nullable() }),
});
export type PhaseAnswer = z.infer<typeof PhaseAnswerSchema>;

/**
 * A 7-day rolling mean over consecutive days, as columns (core rollingColumns): `mean[i]` and `days[i]` belong to the
 * day `from` + i; `days`: how many days of the window the mean rests on (0-7); `from` is null for a series of no day.
 */
const RollingSeriesSchema = z.object({
  from: CalendarDateSchema.nullable(),
  mean: list(z.number().nullable()),
  days: list(z.number()),
});
const RangeMarkSchema = z.object({ from: CalendarDateSchema, to: CalendarDateSchema });

export const TrendsAnswerSchema = z.object({
  from: CalendarDateSchema,
  to: CalendarDateSchema,
  /** Daily burden (0-100, mean severity of the symptoms rated that day) on days with a check-in. */
  daily: list(z.object({ date: CalendarDateSchema, burden: z.number() })),
  burden: RollingSeriesSchema,
  groups: z.partialRecord(z.enum(SYMPTOM_GROUPS), RollingSeriesSchema).readonly(),
  symptoms: z.record(z.string(), RollingSeriesSchema).readonly(),
  sleep: list(z.object({ date: CalendarDateSchema, hours: z.number().nullable() })),
  questionnaires: list(
    z.object({
      date: CalendarDateSchema,
      instrumentId: z.string(),
      score: z.number(),
      band: z.string().nullable(),
      contactClinician: z.boolean(),
    }),
  ),
  /** Every day of the range: the plan's dose (null: no plan that day) and the dose logged (null: nothing logged). */
  doses: list(z.object({ date: CalendarDateSchema, plannedMg: z.number().nullable(), takenMg: z.number().nullable() })),
  cuts: list(ChangeSchema),
  /** `reason`: the person's words for the holds they added ("; " between two), `red-flag pause`, or `hold`. */
  holds: list(RangeMarkSchema.extend({ reason: z.string() })),
  /** `event`: a red-flag event; `questionnaire` / `checkin`: an answer that is a red flag. `code`: its id. */
  redFlags: list(
    z.object({ date: CalendarDateSchema, source: z.enum(['event', 'questionnaire', 'checkin']), code: z.string() }),
  ),
  episodes: list(
    RangeMarkSchema.extend({
      kind: z.enum(['window', 'wave']),
      days: z.number(),
      baseline: z.number(),
      meanBurden: z.number(),
    }),
  ),
  /** Small wins as of `to` (core smallWins): `first-day-without`, `days-in-a-row-without`, `best-week`. */
  wins: list(
    z.discriminatedUnion('code', [
      z.object({
        code: z.literal('first-day-without'),
        symptomId: z.string(),
        date: CalendarDateSchema,
        afterDays: z.number(),
      }),
      RangeMarkSchema.extend({ code: z.literal('days-in-a-row-without'), symptomId: z.string(), days: z.number() }),
      RangeMarkSchema.extend({ code: z.literal('best-week'), meanBurden: z.number() }),
    ]),
  ),
});
export type TrendsAnswer = z.infer<typeof TrendsAnswerSchema>;

export const CutsAnswerSchema = z.object({
  cuts: list(
    ChangeSchema.extend({
      baseline: z.number(),
      peakDay: z.number(),
      peak: z.number(),
      settledDay: z.number().nullable(),
    }),
  ),
  /** Null ("not enough data yet") with fewer than two cuts with enough check-ins around them. */
  summary: z.object({ peakDay: z.number(), settledDay: z.number().nullable(), cutsUsed: z.number() }).nullable(),
  /** Days 0-28 after the cuts: median and quartiles of the burden, over `n` cuts with a check-in that day. */
  aligned: list(
    z.object({
      day: z.number(),
      median: z.number().nullable(),
      q1: z.number().nullable(),
      q3: z.number().nullable(),
      n: z.number(),
    }),
  ),
  cutsWithoutEnoughData: z.number(),
});
export type CutsAnswer = z.infer<typeof CutsAnswerSchema>;

export const SIGNAL_CODES = [
  'days-since-last-cut',
  'burden-vs-baseline',
  'trend-7-days',
  'checkin-coverage',
  'questionnaire-band',
  'red-flags-since-last-cut',
  'missed-doses',
] as const satisfies readonly SignalCode[];

export const ReadinessAnswerSchema = z.object({
  date: CalendarDateSchema,
  nextCut: ChangeSchema.nullable(),
  daysToCut: z.number().nullable(),
  /** Null with no plan or more than 3 days before the next cut. A suggestion, never an instruction. */
  suggestion: z.enum(['ready', 'wait', 'hold']).nullable(),
  signals: list(
    z.object({
      code: z.enum(SIGNAL_CODES),
      value: z.union([z.number(), z.string()]).nullable(),
      status: z.enum(['ok', 'caution', 'stop']),
      source: SourceIdSchema,
    }),
  ),
});
export type ReadinessAnswer = z.infer<typeof ReadinessAnswerSchema>;
