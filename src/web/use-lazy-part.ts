import { useEffect, useState } from 'preact/hooks';

/**
 * A part of a screen whose code loads only once it is `wanted` (its own chunk); undefined until then, and for good
 * if it cannot load (offline before the service worker has it): the screen around it never waits for it.
 */
export function useLazyPart<T>(load: () => Promise<T>, wanted: boolean): T | undefined {
  const [part, setPart] = useState<{ readonly value: T } | undefined>(undefined);
  useEffect(() => {
    if (!wanted || part) return undefined;
    let live = true;
    load().then(
      (value) => {
        if (live) setPart({ value });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return part?.value;
}
