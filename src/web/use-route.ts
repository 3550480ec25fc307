import { useEffect, useState } from 'preact/hooks';
import { routeFromHash, type Route } from './features/navigation/app-header.js';

/** The screen the address names, following the address as it changes; `onChange` hears every change. */
export function useRoute(onChange: () => void): readonly [Route, (next: Route) => void] {
  const [route, setRoute] = useState<Route>(routeFromHash);
  useEffect(() => {
    const onHash = () => {
      setRoute(routeFromHash());
      onChange();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [route, setRoute];
}
