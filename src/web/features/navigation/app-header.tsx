import { useEffect, useState } from 'preact/hooks';
import type { Theme } from '../../theme.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { MoreMenu } from './more-menu.js';
import { MAIN_ROUTES, ROUTE_NAMES, type Route } from './routes.js';

export { routeFromHash, type Route } from './routes.js';

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

function focusMain(event: Event): void {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}

/**
 * The app's name and its navigation. On a phone the header is one short line and the navigation a bar at the
 * bottom (Today, Plan, History, More); on a wide screen everything sits in the header row.
 */
export function AppHeader({ signedIn, route, theme, onToggleTheme, onSignOut, signingOut = false, onNavigate }: Props) {
  const { t } = useI18n();
  const [moreOpen, setMoreOpen] = useState(false);
  // Signed out, the menu goes with the navigation: whoever signs in next starts with it closed, not covering the screen.
  useEffect(() => {
    if (!signedIn) setMoreOpen(false);
  }, [signedIn]);
  const navigate = (next: Route) => {
    setMoreOpen(false);
    onNavigate(next);
  };
  return (
    <header class="header screen-only">
      <a class="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipLink')}
      </a>
      <div class="header__inner">
        <p class="header__name">{t('app.name')}</p>
        {signedIn ? (
          <nav class="nav" aria-label={t('nav.label')}>
            <ul class="nav__list">
              {MAIN_ROUTES.map((r) => (
                <li key={r}>
                  <a
                    class="nav__link"
                    href={`#/${r}`}
                    onClick={() => navigate(r)}
                    aria-current={route === r ? 'page' : undefined}
                  >
                    {t(ROUTE_NAMES[r])}
                  </a>
                </li>
              ))}
              <MoreMenu
                route={route}
                open={moreOpen}
                onOpen={setMoreOpen}
                onNavigate={navigate}
                account={{ theme, onToggleTheme, onSignOut, signingOut }}
              />
            </ul>
          </nav>
        ) : (
          <button type="button" class="button button--quiet" onClick={onToggleTheme}>
            {t(theme === 'dark' ? 'nav.themeToLight' : 'nav.themeToDark')}
          </button>
        )}
      </div>
    </header>
  );
}
