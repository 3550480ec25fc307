import { render } from 'preact';
import { App } from './app.js';
import { applyTheme, initialTheme } from './theme.js';
import './styles.css';

// Set the colours before the first paint so the screen never flashes the other palette.
applyTheme(initialTheme());

const root = document.getElementById('app');
if (root) render(<App />, root);
