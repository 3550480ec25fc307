/**
 * The one door of the plan feature to data: every read and write of the plan screen goes through PlanData. Today it
 * is built from the device's records and the API client; the composition root can hand the screen another one by
 * changing `usePlanData` alone. Components below the screen receive data as props, so tests need no store.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ApiClient } from '../../../api/client.js';
import { api } from '../../api.js';
import { records, syncer } from '../../offline/index.js';

export interface PlanData {
  readonly medications: () => ReturnType<typeof records.medications>;
  readonly plan: () => ReturnType<typeof records.plan>;
  readonly preview: ApiClient['previewPlan'];
  readonly save: ApiClient['savePlan'];
  readonly addHold: ApiClient['addHold'];
  readonly confirmEvent: ApiClient['confirmEvent'];
  readonly calendarUrl: () => string;
  /** Kinds of the red-flag events still waiting on this device to be sent. */
  readonly unsentEventKinds: () => Promise<string[]>;
  /** Goes up each time entries leave the outbox; returns the unsubscribe. */
  readonly onSent: (listener: (sent: number) => void) => () => void;
  readonly sentCount: () => number;
  /** False when the browser knows it has no connection (a saved plan shown then is this device's copy). */
  readonly isOnline: () => boolean;
}

function devicePlanData(): PlanData {
  return {
    medications: () => records.medications(),
    plan: () => records.plan(),
    preview: (body) => api.previewPlan(body),
    save: (body) => api.savePlan(body),
    addHold: (hold) => api.addHold(hold),
    confirmEvent: (id) => api.confirmEvent(id),
    calendarUrl: () => api.planCalendarUrl(true),
    unsentEventKinds: async () =>
      (await syncer.entries()).flatMap((e) => (e.op.kind === 'event' && !e.rejected ? [e.op.body.kind] : [])),
    onSent: (listener) => syncer.subscribe((status) => listener(status.sent)),
    sentCount: () => syncer.status().sent,
    isOnline: () => navigator.onLine,
  };
}

/** The plan screen's data. */
export function usePlanData(): PlanData {
  return useMemo(devicePlanData, []);
}

/** Goes up each time entries leave the outbox, so the screen can read again what waited on them. */
export function useSentCount(data: PlanData): number {
  const [sent, setSent] = useState(data.sentCount);
  useEffect(() => data.onSent(setSent), [data]);
  return sent;
}
