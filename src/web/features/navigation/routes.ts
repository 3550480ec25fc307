export type Route = 'today' | 'plan' | 'history' | 'symptoms' | 'questionnaires' | 'reminders' | 'account';

/** The daily destinations, always one tap away in the bar. */
export const MAIN_ROUTES: readonly Route[] = ['today', 'plan', 'history'];
/** The rest, under "More" on a phone (in the header row on a wide screen). */
export const MORE_ROUTES: readonly Route[] = ['questionnaires', 'reminders', 'symptoms', 'account'];

const ROUTES: readonly Route[] = [...MAIN_ROUTES, ...MORE_ROUTES];

/** The screen an address names (`#/plan`); Today for anything else. */
export function routeFromHash(hash: string = window.location.hash): Route {
  return ROUTES.find((route) => hash === `#/${route}`) ?? 'today';
}
