export * from './schemas.js';
export * from './error-messages.js';
export type * from './api-result.js';
export * from './plan-schemas.js';
export * from './assessment-schemas.js';
export * from './dose-schemas.js';
export * from './insight-schemas.js';
