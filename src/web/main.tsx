import { render } from 'preact';
import { App } from './app.js';
import { browserPorts } from './data/browser-ports.js';
import { createWebData } from './data/create-web-data.js';
import { WebDataProvider } from './data/web-data-context.js';
import { AT_HAND } from './i18n/catalogue.js';
import { I18nProvider, loadLocale } from './i18n/i18n-context.js';
import { initialLocale, storeLocale } from './i18n/locales.js';
import { SessionProvider } from './session/session.js';
import { applyTheme, initialTheme } from './theme.js';
import './styles.css';

// Set the colours before the first paint so the screen never flashes the other palette.
applyTheme(initialTheme());

// The browser side's composition root: built once, handed to every screen through context.
const webData = createWebData(browserPorts());
// The language: the one chosen on this device, else the browser's first that the app speaks. It is loaded before
// the first paint (from the service worker's cache when offline), so the screen never changes language under you.
// Only the first screen's words come now; other screens bring theirs (lazy-screen.tsx).
// A promise, not a top-level await: with one, the bundler split the first load into two dozen chunks (+7 KB gz).
const root = document.getElementById('app');
void loadLocale(initialLocale(navigator.languages), AT_HAND).then((language) => {
  if (!root) return;
  render(
    <I18nProvider initial={language} onChoose={storeLocale}>
      <WebDataProvider data={webData}>
        <SessionProvider>
          <App />
        </SessionProvider>
      </WebDataProvider>
    </I18nProvider>,
    root,
  );
});
