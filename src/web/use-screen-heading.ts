import { useEffect, useRef } from 'preact/hooks';

let firstScreen = true;

/**
 * Moves focus to a screen's h1 when the screen changes, so keyboard and screen-reader users start
 * at the top of the new content. The very first screen keeps the browser's normal start.
 */
export function useScreenHeading<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    window.scrollTo(0, 0);
    ref.current?.focus();
  }, []);
  return ref;
}
