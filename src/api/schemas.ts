/**
 * The HTTP contract: every request and response body, as zod schemas that are also the types.
 * The server validates with them; the web app and CLI import only their inferred types.
 */
import * as z from 'zod';
import { ERROR_CODES, isCalendarDate, MAX_NOTE_LENGTH, SYMPTOM_GROUPS, findRedFlag } from '../core/index.js';

export const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD' });

export const EmailSchema = z
  .string()
  .trim()
  .pipe(z.email({ message: 'must be an email address' }).max(254));
/**
 * A new password. Long passphrases welcome; the upper bound only keeps hashing cheap. What makes one too weak
 * (core/account.ts checkPasswordShape, then a list of common passwords) is checked by the server: weak_password.
 */
export const PasswordSchema = z
  .string()
  .min(1, { message: 'is required' })
  .max(256, { message: 'must be at most 256 characters' });
/** A password being checked, not chosen: any length the server would have accepted. */
const GivenPasswordSchema = z.string().min(1).max(256);

export const CredentialsSchema = z.strictObject({ email: EmailSchema, password: PasswordSchema });
export type Credentials = z.infer<typeof CredentialsSchema>;

export const LoginSchema = z.strictObject({ email: EmailSchema, password: GivenPasswordSchema });

export const AccountSchema = z.object({ id: z.string(), email: z.string(), createdAt: z.string() });
export type Account = z.infer<typeof AccountSchema>;

/** Sign-up answers the same for a new account and for the (email, password) pair's existing one, but says which. */
export const SignupResultSchema = AccountSchema.extend({ existingAccount: z.boolean() });
export type SignupResult = z.infer<typeof SignupResultSchema>;

/** POST auth/password: every other session ends. */
export const ChangePasswordSchema = z.strictObject({
  currentPassword: GivenPasswordSchema,
  newPassword: PasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordSchema>;

/** DELETE auth/account: erases everything the person has stored. */
export const DeleteAccountSchema = z.strictObject({ password: GivenPasswordSchema });
export type DeleteAccountBody = z.infer<typeof DeleteAccountSchema>;

/** One signed-in device; `id` is a public id, never the session token or its hash. */
export const SessionSchema = z.object({
  id: z.string(),
  device: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionSchema>;
export const SessionListSchema = z.object({ sessions: z.array(SessionSchema) });
export const SessionParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

export const CsrfTokenSchema = z.object({ token: z.string() });

export const SymptomSchema = z.object({
  id: z.string(),
  group: z.enum(SYMPTOM_GROUPS),
  name: z.string(),
  description: z.string(),
  timing: z.string().optional(),
  tip: z.string().optional(),
  seekHelp: z.string(),
  sources: z.array(z.string()),
  pinnedByDefault: z.boolean(),
});
export const SymptomListSchema = z.object({ symptoms: z.array(SymptomSchema) });
export type SymptomView = z.infer<typeof SymptomSchema>;

/** A symptom as one person tracks it: from the catalogue or their own, pinned or not. */
export const MySymptomSchema = SymptomSchema.extend({
  group: z.string(),
  own: z.boolean(),
  pinned: z.boolean(),
  retired: z.boolean(),
});
export type MySymptom = z.infer<typeof MySymptomSchema>;
export const MySymptomListSchema = z.object({ symptoms: z.array(MySymptomSchema) });
export const PinBodySchema = z.strictObject({ pinned: z.boolean() });
export const OwnSymptomBodySchema = z.strictObject({
  id: z.uuid({ message: 'must be a UUID' }).optional(),
  name: z.string().trim().min(2, { message: 'must be at least 2 characters' }).max(60),
  group: z.enum(SYMPTOM_GROUPS),
});
export type OwnSymptomBody = z.input<typeof OwnSymptomBodySchema>;
export const SymptomParamsSchema = z.strictObject({ id: z.string().min(1).max(80) });

export const RedFlagSchema = z.object({
  kind: z.string(),
  urgency: z.enum(['emergency', 'contact-today']),
  label: z.string(),
  guidance: z.array(z.string()),
});
export const RedFlagListSchema = z.object({ redFlags: z.array(RedFlagSchema), supplyFlags: z.array(RedFlagSchema) });
export type RedFlagView = z.infer<typeof RedFlagSchema>;

const SeveritySchema = z.int({ message: 'must be a whole number from 0 to 3' }).min(0).max(3);

export const CheckinBodySchema = z.strictObject({
  symptoms: z.record(z.string().min(1).max(64), SeveritySchema).default({}),
  sleepHours: z.number().min(0).max(24).nullable().default(null),
  doseMg: z.number().min(0).max(1000).nullable().default(null),
  note: z.string().max(MAX_NOTE_LENGTH).default(''),
  tags: z.array(z.string().max(40)).max(20).default([]),
  /** When the person made this edit on their device; the later edit of a day wins, the other is kept as a version. */
  editedAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).optional(),
});
export type CheckinBody = z.input<typeof CheckinBodySchema>;

export const CheckinSchema = z.object({
  date: z.string(),
  symptoms: z.record(z.string(), z.number()),
  sleepHours: z.number().nullable(),
  doseMg: z.number().nullable(),
  note: z.string(),
  tags: z.array(z.string()).readonly(),
  updatedAt: z.string(),
  editedAt: z.string(),
  /** Present and true when this request's edit was older than the stored one and was kept as a version instead. */
  superseded: z.boolean().optional(),
});
export type Checkin = z.infer<typeof CheckinSchema>;

export const CheckinVersionListSchema = z.object({
  /** Newest edit first, at most 100 (MAX_VERSIONS_LISTED). */
  versions: z.array(
    z.object({
      symptoms: z.record(z.string(), z.number()),
      sleepHours: z.number().nullable(),
      doseMg: z.number().nullable(),
      note: z.string(),
      tags: z.array(z.string()).readonly(),
      editedAt: z.string(),
      supersededAt: z.string(),
    }),
  ),
});

export const CheckinListSchema = z.object({ checkins: z.array(CheckinSchema) });

export const DateParamsSchema = z.strictObject({ date: CalendarDateSchema });

/**
 * A range of days, both ends inclusive, at most MAX_RANGE_DAYS (366) long: longer is refused with `range_too_long`
 * on `to` (on `from` when only it is given). Left out, `to` is tomorrow (UTC; the latest day a record may carry, and
 * today for adherence) and `from` is the 366 days ending at `to` (14 for adherence). See src/server/ranges.ts.
 */
export const DateRangeQuerySchema = z
  .strictObject({
    from: CalendarDateSchema.optional().describe('first day; default: 366 days ending at `to` (adherence: 14)'),
    to: CalendarDateSchema.optional().describe(
      'last day; default: tomorrow (adherence: today); at most 366 days after `from`',
    ),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'must not be after "to"',
    path: ['from'],
  });

export const EventBodySchema = z.strictObject({
  /** Client-generated, so a retry after a lost connection never records the event twice. */
  id: z.uuid({ message: 'must be a UUID' }).optional(),
  kind: z.string().refine((kind) => findRedFlag(kind) !== undefined, { message: 'is not a known red-flag event' }),
  occurredAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }),
  note: z.string().max(MAX_NOTE_LENGTH).default(''),
});
export type EventBody = z.input<typeof EventBodySchema>;

export const EventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  occurredAt: z.string(),
  note: z.string(),
  createdAt: z.string(),
  /** When the person confirmed it is safe to go on with the plan; null while the plan is paused for it. */
  confirmedAt: z.string().nullable(),
});
export type RedFlagEvent = z.infer<typeof EventSchema>;
export const EventParamsSchema = z.strictObject({ id: z.string().min(1).max(80) });
export const EventListSchema = z.object({ events: z.array(EventSchema) });

export const ErrorBodySchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), field: z.string().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
