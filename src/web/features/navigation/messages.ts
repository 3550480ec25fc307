/** The navigation's own words; the destinations' names are shared with their screens (messages.nav). */
import { messages } from '../../messages.js';
import type { Route } from './routes.js';

export const ROUTE_NAMES: Readonly<Record<Route, string>> = {
  today: messages.nav.today,
  plan: messages.nav.plan,
  history: messages.nav.history,
  questionnaires: messages.nav.questionnaires,
  reminders: 'Reminders',
  symptoms: 'What I track',
  account: messages.nav.account,
};

export const navigationMessages = {
  more: 'More',
} as const;
