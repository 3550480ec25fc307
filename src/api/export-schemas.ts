/**
 * The export file: everything a person owns, in one versioned JSON document (docs/export-format.md; its JSON Schema,
 * generated from these schemas, is docs/export-format.schema.json). Units are the stored ones, so a file imported
 * back means exactly what was exported: doses in mg as exact decimals of whole micrograms, sleep in whole minutes.
 * Reminders are not in it: they live on the person's device (its calendar or the browser), never on the server.
 */
import * as z from 'zod';
import { INTAKE_FORMS } from '../core/index.js';
import { CalendarDateSchema } from './schemas.js';

export const EXPORT_FORMAT = 'taper-companion-export';
export const EXPORT_VERSION = 1;

const Timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
const Id = z.string().min(1).max(128);
const Text = z.string().max(10_000);
const Severity = z.int().min(0).max(3);
const Symptoms = z.record(z.string().min(1).max(64), Severity);
const Mg = z.number().min(0).max(1000);

/** One state of a day's check-in: what the person entered. */
const CheckinContentSchema = z.object({
  symptoms: Symptoms,
  sleepMinutes: z.int().min(0).max(1440).nullable(),
  doseMg: Mg.nullable(),
  note: Text,
  tags: z.array(z.string().max(40)).max(20),
});

export const ExportCheckinSchema = CheckinContentSchema.extend({
  id: Id,
  date: CalendarDateSchema,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When the person made this version on their device: the later edit of a day wins on import, as in sync. */
  editedAt: Timestamp,
  /** Earlier and superseded versions of the day, newest edit first. */
  versions: z.array(
    CheckinContentSchema.extend({ id: Id, editedAt: Timestamp, supersededAt: Timestamp }).describe('CheckinVersion'),
  ),
});

export const ExportPlanSchema = z.object({
  id: Id,
  /** 1, 2, 3 … in the order the person saved them; the highest is the plan in use. */
  revision: z.int().min(1),
  createdAt: Timestamp,
  /** The plan request as saved (PUT /api/v1/plan's body at the time; re-checked against the planner on import). */
  input: z.record(z.string(), z.unknown()),
  holds: z.array(
    z.object({ id: Id, stepIndex: z.int().min(0), days: z.int().min(1), reason: Text, createdAt: Timestamp }),
  ),
});

export const ExportDoseSchema = z.object({
  id: Id,
  date: CalendarDateSchema,
  takenAt: Timestamp,
  /** A registry id (e.g. "clonazepam"); null for doses logged before the log said. */
  medicationId: z.string().max(64).nullable(),
  doseMg: Mg,
  form: z.enum(INTAKE_FORMS).nullable(),
  note: Text,
});

export const ExportQuestionnaireSchema = z.object({
  id: Id,
  /** "ciwa-b" or "bwsq". */
  instrument: z.string().max(32),
  date: CalendarDateSchema,
  /** Scored answers in item order. */
  answers: z.array(z.int().min(0).max(10)).max(100),
  /** Answers that are not scored (hours slept, for example). */
  unscored: z.record(z.string().max(64), z.number()),
  score: z.number(),
  band: z.string().max(32).nullable(),
  createdAt: Timestamp,
});

export const ExportEventSchema = z.object({
  id: Id,
  /** A red-flag kind such as "seizure" (src/core red flags). */
  kind: z.string().max(64),
  occurredAt: Timestamp,
  /** The person's own calendar day of the event; null on records from before it was kept. */
  occurredOn: CalendarDateSchema.nullable(),
  note: Text,
  createdAt: Timestamp,
  /** When the person confirmed it was safe to go on with the plan; null while it pauses the plan. */
  confirmedAt: Timestamp.nullable(),
});

export const ExportOwnSymptomSchema = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  group: z.string().max(32),
  createdAt: Timestamp,
  retiredAt: Timestamp.nullable(),
});

export const ExportPinSchema = z.object({ symptomId: z.string().min(1).max(64), pinned: z.boolean() });

export const ExportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    /** May differ between two exports of the same records. */
    exportedAt: Timestamp,
    /** The account the file came from. May differ: importing into another account keeps that account's own. */
    account: z.object({ email: z.string().max(254), createdAt: Timestamp }),
    plans: z.array(ExportPlanSchema),
    checkins: z.array(ExportCheckinSchema),
    doses: z.array(ExportDoseSchema),
    questionnaires: z.array(ExportQuestionnaireSchema),
    events: z.array(ExportEventSchema),
    ownSymptoms: z.array(ExportOwnSymptomSchema),
    pins: z.array(ExportPinSchema),
  })
  .describe('Taper Companion export, version 1');
export type ExportFile = z.infer<typeof ExportFileSchema>;
