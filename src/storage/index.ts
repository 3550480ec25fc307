export * from './database.js';
export * from './store.js';
export type { Database } from './schema.js';
export * from './backup.js';
