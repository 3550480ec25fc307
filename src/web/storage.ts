/** TEMPORARY (issue #10): renamed local-storage.ts; deleted once the screens being moved import that. */
export { readJson, remove, removeAll, writeJson } from './local-storage.js';
