import { useEffect } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Theme } from '../../theme.js';
import { MORE_ROUTES, ROUTE_NAMES, type Route } from './routes.js';

export interface MoreMenuProps {
  readonly route: Route | null;
  readonly open: boolean;
  readonly onOpen: (open: boolean) => void;
  readonly onNavigate: (route: Route) => void;
  readonly account: {
    readonly theme: Theme;
    readonly onToggleTheme: () => void;
    readonly onSignOut: () => void;
    readonly signingOut: boolean;
  };
}

/**
 * "More" on a phone: a button that opens the rest of the destinations, the colours and sign-out above the bar.
 * On a wide screen the button is hidden and the list sits in the header row (styles.css).
 */
export function MoreMenu({ route, open, onOpen, onNavigate, account }: MoreMenuProps) {
  const { t } = useI18n();
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  const inside = route !== null && MORE_ROUTES.includes(route);
  return (
    <li class="nav__more">
      <button
        type="button"
        class={inside ? 'nav__link nav__more-toggle nav__link--inside' : 'nav__link nav__more-toggle'}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="nav-more"
        onClick={() => onOpen(!open)}
      >
        {t('nav.more')}
      </button>
      <ul id="nav-more" class={open ? 'nav__more-list nav__more-list--open' : 'nav__more-list'}>
        {MORE_ROUTES.map((r) => (
          <li key={r}>
            <a
              class="nav__link"
              href={`#/${r}`}
              onClick={() => onNavigate(r)}
              aria-current={route === r ? 'page' : undefined}
            >
              {t(ROUTE_NAMES[r])}
            </a>
          </li>
        ))}
        <li>
          <button type="button" class="button button--quiet" onClick={account.onToggleTheme}>
            {t(account.theme === 'dark' ? 'nav.themeToLight' : 'nav.themeToDark')}
          </button>
        </li>
        <li>
          <button
            type="button"
            class="button button--quiet"
            aria-disabled={account.signingOut ? 'true' : undefined}
            onClick={account.onSignOut}
          >
            {t(account.signingOut ? 'nav.signingOut' : 'nav.signOut')}
          </button>
        </li>
      </ul>
    </li>
  );
}
