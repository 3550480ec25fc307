import { render } from 'preact';
import { App } from './app.js';
import { WebDataProvider } from './data/web-data-context.js';
import { webData } from './offline/index.js';
import { SessionProvider } from './session/session.js';
import { applyTheme, initialTheme } from './theme.js';
import './styles.css';

// Set the colours before the first paint so the screen never flashes the other palette.
applyTheme(initialTheme());

const root = document.getElementById('app');
if (root)
  render(
    <WebDataProvider data={webData}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </WebDataProvider>,
    root,
  );
