export * from './database.js';
export * from './store.js';
export * from './accounts.js';
export type { Database } from './schema.js';
export * from './backup.js';
export type { OpenedShare, ShareUse, StoredShare } from './shares.js';
