/** Every German catalogue, loaded only when German is chosen (catalogue.ts imports this lazily). */
import { de as account } from '../features/account/locales/de.js';
import { de as reminders } from '../features/reminders/locales/de.js';
import { de as auth } from '../features/auth/locales/de.js';
import { de as today } from '../features/today/locales/de.js';
import { de as history } from '../features/history/locales/de.js';
import { de as navigation } from '../features/navigation/locales/de.js';
import { de as insights } from '../features/insights/locales/de.js';
import { de as readiness } from '../features/readiness/locales/de.js';
import { de as symptoms } from '../features/symptoms/locales/de.js';
import { de as urgent } from '../features/urgent-help/locales/de.js';
import { de as questionnaires } from '../features/questionnaires/locales/de.js';
import { de as app } from '../locales/de.js';

export const GERMAN = {
  ...app,
  ...navigation,
  ...auth,
  ...today,
  ...history,
  ...symptoms,
  ...urgent,
  ...questionnaires,
  ...insights,
  ...readiness,
  ...account,
  ...reminders,
} as const;
