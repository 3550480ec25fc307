import type { CalendarDate } from '../calendar-date.js';
import type { PlanSourceId } from '../medications/medication.js';
import type { Severity, SourceId } from '../symptoms/symptom.js';

/**
 * Where an insight's figure or rule comes from: a published source (docs/SOURCES.md), or `design-choice` for a rule
 * of our own that no source gives a number for (documented in docs/adr/0013-how-symptoms-follow-cuts.md). The web
 * words each id; the core never holds a sentence.
 */
export type InsightSourceId = SourceId | PlanSourceId | 'design-choice';

/** What the insights need of a check-in: its day and the severities rated that day (a CheckinRecord fits). */
export interface RatedDay {
  readonly date: CalendarDate;
  readonly severities: readonly { readonly symptomId: string; readonly severity: Severity }[];
}

/** A change of the daily dose, as the plan gives it (mg on the plan's dose scale). `date` is day 1 at the new dose. */
export interface DoseChange {
  readonly date: CalendarDate;
  readonly fromMg: number;
  readonly toMg: number;
  /** The plan step that begins with this change. */
  readonly stepIndex: number;
}

/** A day's burden (0-100) or null when nothing was rated that day. */
export interface BurdenDay {
  readonly date: CalendarDate;
  readonly burden: number;
}
