/**
 * POST /api/v1/import: an export file (docs/export-format.md) merged into the signed-in account, and the counts it
 * answers. The file is the export's own schema with every list capped, so the work one import can ask for is bounded
 * (docs/adr/0010) while an export of any real journal still fits (docs/adr/0015-import-merge.md has the numbers).
 */
import * as z from 'zod';
import { MAX_HOLDS_PER_PLAN } from '../core/index.js';
import {
  ExportCheckinSchema,
  ExportDoseSchema,
  ExportEventSchema,
  ExportFileSchema,
  ExportOwnSymptomSchema,
  ExportPinSchema,
  ExportPlanSchema,
  ExportQuestionnaireSchema,
} from './export-schemas.js';

/** Most records of each kind one file may hold: decades of daily use, far below what the body limit lets through. */
export const IMPORT_LIMITS = {
  plans: 1000,
  checkins: 20_000,
  versionsPerCheckin: 500,
  doses: 60_000,
  questionnaires: 10_000,
  events: 10_000,
  ownSymptoms: 1000,
  pins: 2000,
} as const;

export const ImportFileSchema = ExportFileSchema.extend({
  plans: z
    .array(ExportPlanSchema.extend({ holds: ExportPlanSchema.shape.holds.max(MAX_HOLDS_PER_PLAN) }))
    .max(IMPORT_LIMITS.plans),
  checkins: z
    .array(
      ExportCheckinSchema.extend({
        versions: ExportCheckinSchema.shape.versions.max(IMPORT_LIMITS.versionsPerCheckin),
      }),
    )
    .max(IMPORT_LIMITS.checkins),
  doses: z.array(ExportDoseSchema).max(IMPORT_LIMITS.doses),
  questionnaires: z.array(ExportQuestionnaireSchema).max(IMPORT_LIMITS.questionnaires),
  events: z.array(ExportEventSchema).max(IMPORT_LIMITS.events),
  ownSymptoms: z.array(ExportOwnSymptomSchema).max(IMPORT_LIMITS.ownSymptoms),
  pins: z.array(ExportPinSchema).max(IMPORT_LIMITS.pins),
});
export type ImportFile = z.infer<typeof ImportFileSchema>;

const count = z.int().min(0);
export const ImportCountsSchema = z.object({
  checkins: count,
  versions: count,
  plans: count,
  holds: count,
  doses: count,
  questionnaires: count,
  events: count,
  ownSymptoms: count,
  pins: count,
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

/** Counts of nothing, to add to. */
export const noImportCounts = (): ImportCounts => ({
  checkins: 0,
  versions: 0,
  plans: 0,
  holds: 0,
  doses: 0,
  questionnaires: 0,
  events: 0,
  ownSymptoms: 0,
  pins: 0,
});

export const ImportAnswerSchema = z.object({
  /** Records the account did not have. */
  added: ImportCountsSchema,
  /** Days the account had with other content: the later edit is the day's check-in, the other is kept as a version. */
  merged: z.object({ checkins: count }),
  /** Records the account already had (the same id, or the same edit of a day): left as they are. */
  unchanged: ImportCountsSchema,
});
export type ImportAnswer = z.infer<typeof ImportAnswerSchema>;
