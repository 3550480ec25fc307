import type { Theme } from '../theme.js';
import { messages } from '../messages.js';

export type Route = 'today' | 'plan' | 'history' | 'symptoms' | 'questionnaires' | 'reminders' | 'account';

const ROUTES: readonly Route[] = ['plan', 'history', 'symptoms', 'questionnaires', 'reminders', 'account'];

/** The screen an address names (`#/plan`); Today for anything else. */
export function routeFromHash(hash: string = window.location.hash): Route {
  return ROUTES.find((route) => hash === `#/${route}`) ?? 'today';
}

interface Props {
  readonly signedIn: boolean;
  readonly route: Route | null;
  readonly theme: Theme;
  readonly onToggleTheme: () => void;
  readonly onSignOut: () => void;
  /** True while a sign-out is on its way (it waits for entries being sent). */
  readonly signingOut?: boolean;
  /** Called on every navigation click, also when the address does not change (e.g. leaving urgent help). */
  readonly onNavigate: (route: Route) => void;
}

const m = messages.nav;

function focusMain(event: Event): void {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}

/** Skip link, app name, main navigation, the colour toggle and sign-out. */
export function AppHeader({ signedIn, route, theme, onToggleTheme, onSignOut, signingOut = false, onNavigate }: Props) {
  return (
    <header class="header screen-only">
      <a class="skip-link" href="#main" onClick={focusMain}>
        {messages.skipLink}
      </a>
      <div class="header__inner">
        <p class="header__name">{messages.appName}</p>
        {signedIn && (
          <nav class="nav" aria-label={m.label}>
            <ul class="nav__list">
              <li>
                <a
                  class="nav__link"
                  href="#/today"
                  onClick={() => onNavigate('today')}
                  aria-current={route === 'today' ? 'page' : undefined}
                >
                  {m.today}
                </a>
              </li>
              <li>
                <a
                  class="nav__link"
                  href="#/plan"
                  onClick={() => onNavigate('plan')}
                  aria-current={route === 'plan' ? 'page' : undefined}
                >
                  {m.plan}
                </a>
              </li>
              <li>
                <a
                  class="nav__link"
                  href="#/history"
                  onClick={() => onNavigate('history')}
                  aria-current={route === 'history' ? 'page' : undefined}
                >
                  {m.history}
                </a>
              </li>
              <li>
                <a
                  class="nav__link"
                  href="#/questionnaires"
                  onClick={() => onNavigate('questionnaires')}
                  aria-current={route === 'questionnaires' ? 'page' : undefined}
                >
                  {m.questionnaires}
                </a>
              </li>
              <li>
                <a
                  class="nav__link"
                  href="#/reminders"
                  onClick={() => onNavigate('reminders')}
                  aria-current={route === 'reminders' ? 'page' : undefined}
                >
                  {messages.reminders.navLink}
                </a>
              </li>
              <li>
                <a
                  class="nav__link"
                  href="#/account"
                  onClick={() => onNavigate('account')}
                  aria-current={route === 'account' ? 'page' : undefined}
                >
                  {m.account}
                </a>
              </li>
            </ul>
          </nav>
        )}
        <div class="header__actions">
          <button type="button" class="button button--quiet" onClick={onToggleTheme}>
            {theme === 'dark' ? m.themeToLight : m.themeToDark}
          </button>
          {signedIn && (
            <button
              type="button"
              class="button button--quiet"
              aria-disabled={signingOut ? 'true' : undefined}
              onClick={onSignOut}
            >
              {signingOut ? m.signingOut : m.signOut}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
