import { render } from 'preact';
import { App } from './app.js';
import { browserPorts } from './data/browser-ports.js';
import { createWebData } from './data/create-web-data.js';
import { WebDataProvider } from './data/web-data-context.js';
import { SessionProvider } from './session/session.js';
import { applyTheme, initialTheme } from './theme.js';
import './styles.css';

// Set the colours before the first paint so the screen never flashes the other palette.
applyTheme(initialTheme());

// The browser side's composition root: built once, handed to every screen through context.
const webData = createWebData(browserPorts());

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
