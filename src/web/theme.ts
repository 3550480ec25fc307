import { readJson, writeJson } from './local-storage.js';

export type Theme = 'dark' | 'light';

/** Dim dark is the default: it is the gentlest on light-sensitive eyes. A saved choice wins. */
export function initialTheme(): Theme {
  const saved = readJson('theme');
  return saved === 'light' || saved === 'dark' ? saved : 'dark';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

export function saveTheme(theme: Theme): void {
  writeJson('theme', theme);
}
