/**
 * TEMPORARY (issue #10): screens that other helpers are moving into src/web/features/ still import
 * `records` from here. It is the same single instance main.tsx hands to the screens through context
 * (data/web-data-context.tsx). Deleted once every screen reads `useRecords()`.
 */
import { browserPorts } from '../data/browser-ports.js';
import { createWebData } from '../data/create-web-data.js';

export const webData = createWebData(browserPorts());
export const records = webData.records;
/** The sync status and the outbox entries are part of the records port now. */
export const syncer = records;

export type { Local } from '../data/outbox.js';
export type { Written } from '../data/records.js';
export type { SyncStatus } from '../data/sync.js';
