/**
 * Red flags in the record (issue #11 §6): red-flag events, and questionnaire and check-in answers that are red flags,
 * one mark per day, source and red-flag kind. History, the trend and the readiness view all read these marks.
 *  - `event`: a red-flag event the person recorded (its kind);
 *  - `questionnaire`: an item that asks about a red flag (`InstrumentItem.redFlag`) answered above its lowest option;
 *  - `checkin`: a check-in answer clinical.md §6.1 lists as a red flag (CHECKIN_RED_FLAGS).
 * Codes only: `code` is always a red-flag kind of red-flags.ts, so the web words every mark as it words the flag.
 */
import type { CalendarDate } from '../calendar-date.js';
import { findInstrument } from '../instruments/registry.js';

export type RedFlagSource = 'event' | 'questionnaire' | 'checkin';

export interface RecordedRedFlag {
  readonly date: CalendarDate;
  readonly source: RedFlagSource;
  /** The red-flag kind (red-flags.ts). */
  readonly code: string;
}

/**
 * Check-in answers that are red flags by clinical.md §6.1 (a design choice which answers count; the flags are sourced):
 *  - a racing or pounding heart rated severe: "Chest pain; severe palpitations" (JCPG 2025 Table 3), kind `chest-pain`;
 *  - the `alcohol` tag: a benzodiazepine taken with alcohol (FDA boxed warning), kind `opioids-or-alcohol`.
 * Seizure, confusion, hallucinations and thoughts of self-harm are never check-in severities (symptoms/catalogue.ts).
 */
export const CHECKIN_RED_FLAGS: readonly (
  | { readonly symptomId: string; readonly atLeast: number; readonly kind: string }
  | { readonly tag: string; readonly kind: string }
)[] = [
  { symptomId: 'palpitations', atLeast: 3, kind: 'chest-pain' },
  { tag: 'alcohol', kind: 'opioids-or-alcohol' },
];

export interface RedFlagRecords {
  readonly events?: readonly { readonly date: CalendarDate; readonly kind: string }[];
  readonly assessments?: readonly {
    readonly date: CalendarDate;
    readonly instrument: string;
    readonly answers: readonly number[];
  }[];
  readonly checkins?: readonly {
    readonly date: CalendarDate;
    readonly severities: readonly { readonly symptomId: string; readonly severity: number }[];
    readonly tags: readonly string[];
  }[];
}

function questionnaireFlags(a: NonNullable<RedFlagRecords['assessments']>[number]): string[] {
  const items = findInstrument(a.instrument)?.items ?? [];
  const kinds: string[] = [];
  items.forEach((item, i) => {
    const answer = a.answers[i];
    const lowest = Math.min(...item.options.map((o) => o.value));
    if (item.redFlag !== undefined && answer !== undefined && answer > lowest) kinds.push(item.redFlag);
  });
  return kinds;
}

function checkinFlags(c: NonNullable<RedFlagRecords['checkins']>[number]): string[] {
  return CHECKIN_RED_FLAGS.filter((rule) =>
    'tag' in rule
      ? c.tags.includes(rule.tag)
      : c.severities.some((s) => s.symptomId === rule.symptomId && s.severity >= rule.atLeast),
  ).map((rule) => rule.kind);
}

const keyOf = (m: RecordedRedFlag) => `${m.date}|${m.source}|${m.code}`;
/** Code-point order of the key (date first), so the answer does not depend on the order records arrive in. */
const order = (a: RecordedRedFlag, b: RecordedRedFlag) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

/** Every red flag in the records, once per day, source and kind, oldest first (the order records arrive in is free). */
export function recordedRedFlags(records: RedFlagRecords): RecordedRedFlag[] {
  const marks = new Map<string, RecordedRedFlag>();
  const add = (date: CalendarDate, source: RedFlagSource, code: string) => {
    const mark = { date, source, code };
    marks.set(keyOf(mark), mark);
  };
  for (const e of records.events ?? []) add(e.date, 'event', e.kind);
  for (const a of records.assessments ?? [])
    for (const kind of questionnaireFlags(a)) add(a.date, 'questionnaire', kind);
  for (const c of records.checkins ?? []) for (const kind of checkinFlags(c)) add(c.date, 'checkin', kind);
  return [...marks.values()].sort(order);
}
