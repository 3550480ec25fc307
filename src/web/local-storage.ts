/**
 * Small, failure-tolerant wrappers around localStorage (it can throw in private modes or when full).
 * Only preferences, unsaved drafts and queued events are kept here; nothing is read for security.
 */
const PREFIX = 'taper.';

/** Returns the parsed value, unchecked: callers narrow it, since anything may have been stored there. */
export function readJson(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the app still works, it just remembers less.
  }
}

export function remove(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to do.
  }
}

/** Removes every key that starts with `prefix` (after the app's own prefix). */
export function removeAll(prefix: string): void {
  try {
    const doomed: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(PREFIX + prefix)) doomed.push(key);
    }
    for (const key of doomed) window.localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
