/**
 * Where Today reaches its data: the records port from context (outbox, sync, local copy); the port also answers
 * for the sync loop's status. Tests hand in the memory store instead (fake-today-data.ts).
 */
import { useMemo } from 'preact/hooks';
import { useRecords } from '../../data/web-data-context.js';
import type { TodayData } from './sync-marks.js';

export function useTodayData(): TodayData {
  const records = useRecords();
  return useMemo(() => ({ records, syncer: records }), [records]);
}

export type { TodayData } from './sync-marks.js';
