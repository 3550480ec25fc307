/**
 * Where Today reaches its data: the records port from context (outbox, sync, local copy); the port also answers
 * for the sync loop's status, and the clock says what day it is. Tests hand in the memory store instead (fake-today-data.ts).
 */
import { useMemo } from 'preact/hooks';
import { useWebData } from '../../data/web-data-context.js';
import type { TodayData } from './sync-marks.js';

export function useTodayData(): TodayData {
  const { records, clock } = useWebData();
  return useMemo(() => ({ records, syncer: records, clock }), [records, clock]);
}

export type { TodayData } from './sync-marks.js';
