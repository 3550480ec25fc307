/**
 * The one door of the plan feature to data: every read and write of the plan screen goes through PlanData, built
 * from the records port the composition root provides (useRecords). Components below the screen receive data as
 * props, so tests need no store.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Records } from '../../data/records.js';
import { useWebData } from '../../data/web-data-context.js';

export interface PlanData {
  readonly medications: () => ReturnType<Records['medications']>;
  readonly plan: () => ReturnType<Records['plan']>;
  readonly preview: Records['previewPlan'];
  readonly save: Records['savePlan'];
  readonly addHold: Records['addHold'];
  readonly confirmEvent: Records['confirmEvent'];
  readonly calendarUrl: () => string;
  /** Kinds of the red-flag events still waiting on this device to be sent. */
  readonly unsentEventKinds: () => Promise<string[]>;
  /** Goes up each time entries leave the outbox; returns the unsubscribe. */
  readonly onSent: (listener: (sent: number) => void) => () => void;
  readonly sentCount: () => number;
  /** False when the browser knows it has no connection (a saved plan shown then is this device's copy). */
  readonly isOnline: () => boolean;
  /** Now, from the composition root's clock (a fake clock in tests). */
  readonly clock: () => Date;
}

function devicePlanData(records: Records, clock: () => Date): PlanData {
  return {
    medications: () => records.medications(),
    plan: () => records.plan(),
    preview: (body) => records.previewPlan(body),
    save: (body) => records.savePlan(body),
    addHold: (hold) => records.addHold(hold),
    confirmEvent: (id) => records.confirmEvent(id),
    calendarUrl: () => records.planCalendarUrl(true),
    unsentEventKinds: async () =>
      (await records.entries()).flatMap((e) => (e.op.kind === 'event' && !e.rejected ? [e.op.body.kind] : [])),
    onSent: (listener) => records.subscribe((status) => listener(status.sent)),
    sentCount: () => records.status().sent,
    isOnline: () => navigator.onLine,
    clock,
  };
}

/** The plan screen's data. */
export function usePlanData(): PlanData {
  const { records, clock } = useWebData();
  return useMemo(() => devicePlanData(records, clock), [records, clock]);
}

/** Goes up each time entries leave the outbox, so the screen can read again what waited on them. */
export function useSentCount(data: PlanData): number {
  const [sent, setSent] = useState(data.sentCount);
  useEffect(() => data.onSent(setSent), [data]);
  return sent;
}
