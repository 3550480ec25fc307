/**
 * Where Today reaches its data: the device's records (outbox, sync, local copy) and the sync loop. The one
 * module of this feature that imports the browser's wiring, so a composition root can hand in another source
 * (a context, a memory store in tests) by changing `useTodayData` alone.
 */
import { records, syncer } from '../../offline/index.js';
import type { TodayData } from './sync-marks.js';

const DEVICE: TodayData = { records, syncer };

export function useTodayData(): TodayData {
  return DEVICE;
}

export type { TodayData } from './sync-marks.js';
