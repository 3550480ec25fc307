/**
 * The red flags of History's days, worked out on the device with the core's own rule (recordedRedFlags, as the
 * server's trend uses), from what History reads anyway: check-ins, red-flag events and questionnaire results. So
 * they show offline too, unsent entries included.
 */
import type { AssessmentView } from '../../../api/assessment-schemas.js';
import type { Checkin, RedFlagEvent } from '../../../api/schemas.js';
import { recordedRedFlags, type RecordedRedFlag } from '../../../core/index.js';
import { localToday } from '../../dates.js';

export interface RedFlagSources {
  readonly checkins: readonly Checkin[];
  readonly events: readonly RedFlagEvent[];
  readonly assessments: readonly AssessmentView[];
}

/** Each day's red flags, by date. An event counts on the person's own day, where this device is. */
export function redFlagsByDay(sources: RedFlagSources): ReadonlyMap<string, readonly RecordedRedFlag[]> {
  const marks = recordedRedFlags({
    events: sources.events.map((e) => ({ date: localToday(new Date(e.occurredAt)), kind: e.kind })),
    assessments: sources.assessments,
    checkins: sources.checkins.map((c) => ({
      date: c.date,
      severities: Object.entries(c.symptoms).map(([symptomId, severity]) => ({ symptomId, severity })),
      tags: c.tags,
    })),
  });
  const byDay = new Map<string, RecordedRedFlag[]>();
  for (const mark of marks) byDay.set(mark.date, [...(byDay.get(mark.date) ?? []), mark]);
  return byDay;
}
