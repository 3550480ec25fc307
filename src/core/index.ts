export * from './result.js';
export * from './errors.js';
export * from './calendar-date.js';
export * from './dose.js';
export * from './symptoms/symptom.js';
export * from './symptoms/catalogue.js';
export * from './red-flags.js';
export * from './checkin.js';
