import type { PlainMessageId } from '../../i18n/catalogue.js';

export type Route =
  'today' | 'plan' | 'history' | 'insights' | 'report' | 'symptoms' | 'questionnaires' | 'reminders' | 'account';

/** The daily destinations, always one tap away in the bar. */
export const MAIN_ROUTES: readonly Route[] = ['today', 'plan', 'history'];
/** The rest, under "More" on a phone (in the header row on a wide screen). */
export const MORE_ROUTES: readonly Route[] = ['insights', 'questionnaires', 'reminders', 'symptoms', 'account'];
/**
 * Screens reached from another screen, not from the navigation: the doctor report opens from Insights (so the
 * wide header keeps every destination in one row, in German too).
 */
const LINKED_ROUTES: readonly Route[] = ['report'];

/** Each destination's name in the catalogue. */
export const ROUTE_NAMES: Readonly<Record<Route, PlainMessageId>> = {
  today: 'nav.today',
  plan: 'nav.plan',
  history: 'nav.history',
  insights: 'nav.insights',
  report: 'nav.report',
  questionnaires: 'nav.questionnaires',
  reminders: 'nav.reminders',
  symptoms: 'nav.symptoms',
  account: 'nav.account',
};

const ROUTES: readonly Route[] = [...MAIN_ROUTES, ...MORE_ROUTES, ...LINKED_ROUTES];

/** The screen an address names (`#/plan`); Today for anything else. */
export function routeFromHash(hash: string = window.location.hash): Route {
  return ROUTES.find((route) => hash === `#/${route}`) ?? 'today';
}
