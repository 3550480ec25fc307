import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Feature } from './i18n/features.js';
import { useI18n } from './i18n/i18n-context.js';

/**
 * A screen loaded on first visit, so the check-in screen's bundle stays small (it is what people open on a bad
 * day), together with the words of the features it speaks with (i18n/features.ts), so it never shows an id. The
 * service worker precaches every chunk, so a lazy screen opens offline too. If loading fails (an old chunk after
 * an update), the person is asked to reload rather than shown a blank screen.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  words: readonly Feature[] = [],
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const i18n = useI18n();
    const { t } = i18n;
    const [Screen, setScreen] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    const ready = Screen !== undefined && i18n.has(words);
    useEffect(() => {
      if (ready) return undefined;
      let live = true;
      Promise.all([load(), i18n.load(words)]).then(
        ([component]) => {
          loaded = component;
          if (live) setScreen(() => component);
        },
        () => {
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, []);
    if (ready) return <Screen {...props} />;
    return (
      <p class="status" role="status">
        {t(failed ? 'app.screenLoadFailed' : 'app.loading')}
      </p>
    );
  };
}
