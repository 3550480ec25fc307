import { useEffect, useState } from 'preact/hooks';
import { applyTheme, initialTheme, saveTheme, type Theme } from './theme.js';

/** The colour theme: the saved choice (dim dark by default), applied to the page and kept when changed. */
export function useTheme(): { readonly theme: Theme; readonly toggleTheme: () => void } {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => applyTheme(theme), [theme]);
  return {
    theme,
    toggleTheme() {
      const next: Theme = theme === 'dark' ? 'light' : 'dark';
      setTheme(next);
      saveTheme(next);
    },
  };
}
