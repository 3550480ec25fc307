/**
 * Plans the server has computed, kept by what they were computed from: the Insights screen asks for phase, trends,
 * cuts and readiness at once, and each needs the person's current plan. Recomputing the longest plan with its holds
 * and red-flag pauses costs about 10 ms each time; a read still fetches the revision, holds and events, and only the
 * computation is skipped when all of them are as before (so nothing stale is ever answered).
 *
 * One per app (built in buildApp), never a module singleton; least-recently-used entries go first.
 */
import { createHash } from 'node:crypto';

export interface ComputedPlans {
  /** The value computed from `inputs` (any JSON-serialisable data): remembered, or `compute()`d and remembered. */
  remember<T>(inputs: unknown, compute: () => T): T;
}

/** `capacity`: how many computed plans are kept (the longest plan within the bounds holds about 1 MB). */
export function createComputedPlans(capacity = 64): ComputedPlans {
  const kept = new Map<string, unknown>();
  return {
    remember<T>(inputs: unknown, compute: () => T): T {
      // A digest keeps the key small: the inputs of the longest plan are about 100 KB of JSON.
      const key = createHash('sha256').update(JSON.stringify(inputs)).digest('base64');
      if (kept.has(key)) {
        const value = kept.get(key) as T;
        kept.delete(key);
        kept.set(key, value);
        return value;
      }
      const value = compute();
      kept.set(key, value);
      if (kept.size > capacity) kept.delete(kept.keys().next().value as string);
      return value;
    },
  };
}
