/**
 * The person's plan as it stands: the newest revision's request, recomputed by the core with its holds and with
 * the pauses for red-flag events not yet confirmed safe to go on (docs/adr/0008-red-flags-pause-the-plan.md).
 */
import { PlanInputSchema } from '../api/plan-schemas.js';
import {
  pauseEventOf,
  pauseOpenUntil,
  planTaper,
  planWithPauses,
  type CalendarDate,
  type DomainError,
  type Hold,
  type PauseEvent,
  type Plan,
  type PlanInput,
  type RedFlagPause,
} from '../core/index.js';
import type { Store, StoredRevision } from '../storage/index.js';
import type { ComputedPlans } from './computed-plans.js';
import { fail, RequestFailure } from './http-errors.js';

/** Where a plan is read from (a store, or a transaction's), and the app's computed plans. */
export interface PlanSource {
  readonly store: Store;
  readonly computedPlans: ComputedPlans;
}

/** Holds after the first refused one that a read tries one by one (older versions stored only a few refused ones). */
const MAX_LATER_HOLD_CHECKS = 20;

const failureOf = (error: DomainError): RequestFailure =>
  new RequestFailure(error.field === undefined ? { code: error.code } : { code: error.code, field: error.field });

/** Computes a plan, or ends the request with the planner's refusal (HTTP 422). */
export function computePlan(input: PlanInput, holds: readonly Hold[] = []): Plan {
  const result = planTaper(input, { holds });
  if (!result.ok) throw failureOf(result.error);
  return result.value;
}

/** A hold saved by an older version that today's rules refuse, left out of the plan, with the refusal's code. */
export interface IgnoredHold extends Hold {
  readonly code: DomainError['code'];
}

export interface CurrentPlan {
  readonly revision: StoredRevision;
  /** Saved requests were validated when saved; parsing again applies today's defaults to older saves. */
  readonly input: ReturnType<typeof PlanInputSchema.parse>;
  /** The holds the person added that the plan applies (the pauses' holds are in `plan`, not here). */
  readonly holds: readonly Hold[];
  /** Holds left out because the plan with them is refused (see `loadCurrentPlan`); usually none. */
  readonly ignoredHolds: readonly IgnoredHold[];
  readonly pauses: readonly RedFlagPause[];
  readonly plan: Plan;
}

/** The plan with holds and pauses, `today` being the server's UTC day (core pauseOpenUntil). */
const withPauses = (input: PlanInput, holds: readonly Hold[], events: readonly PauseEvent[], today: CalendarDate) =>
  planWithPauses(input, holds, { events, openUntil: pauseOpenUntil(today) });

/**
 * `today` decides how long an unconfirmed pause has lasted: routes pass their clock's day (never read here).
 *
 * Every write now computes before it commits, but older versions stored holds that were refused (a plan longer than
 * ten years). Such a plan must stay readable: it is shown without the holds that make it refused, and the answer lists
 * them with the refusal's code. The holds are taken oldest first, each kept when the plan with it is still accepted;
 * the first refused one is found by halving (holds only lengthen a plan), so an ordinary read computes once and a
 * plan with a bad hold about log2(holds) + MAX_LATER_HOLD_CHECKS times at most. Red-flag pauses are never left out. A revision
 * refused even without holds ends the request with its refusal (see `loadPlanIfValid` for readers that can do
 * without a plan).
 */
export async function loadCurrentPlan(
  source: PlanSource,
  userId: string,
  today: CalendarDate,
): Promise<CurrentPlan | undefined> {
  const { store, computedPlans } = source;
  const revision = await store.plans.latest(userId);
  if (!revision) return undefined;
  // A request today's schema refuses (saved under looser rules) is refused like a plan the planner refuses, never a 500.
  const parsed = PlanInputSchema.safeParse(revision.input);
  if (!parsed.success) throw fail('invalid_plan', parsed.error.issues[0]?.path.join('.') || undefined);
  const input = parsed.data;
  const [holds, stored] = await Promise.all([store.plans.holds(revision.id), store.events.forPauses(userId)]);
  const events = stored.map(pauseEventOf);
  // A revision's request never changes once saved: its id stands for it.
  const plan = computedPlans.remember([revision.id, holds, events, today], () =>
    planWithHolds(input, holds, events, today),
  );
  return { revision, input, ...plan };
}

type WithHolds = Pick<CurrentPlan, 'holds' | 'ignoredHolds' | 'pauses' | 'plan'>;

/** The plan with the holds it accepts (see `loadCurrentPlan`), or the planner's refusal thrown. */
function planWithHolds(
  input: PlanInput,
  holds: readonly Hold[],
  events: readonly PauseEvent[],
  today: CalendarDate,
): WithHolds {
  const all = withPauses(input, holds, events, today);
  if (all.ok) return { holds, ignoredHolds: [], ...all.value };
  const none = holds.length === 0 ? all : withPauses(input, [], events, today);
  if (!none.ok) throw failureOf(none.error);
  // The longest accepted run of the oldest holds: [0, good) accepted, [0, bad) refused.
  let [good, bad, best, refusal] = [0, holds.length, none.value, all.error];
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    const tried = withPauses(input, holds.slice(0, mid), events, today);
    if (tried.ok) [good, best] = [mid, tried.value];
    else [bad, refusal] = [mid, tried.error];
  }
  // Hold `good` is the first refused one; each later one is kept if the plan with it is still accepted. Only the first
  // MAX_LATER_HOLD_CHECKS are tried (a plan computation each), so a read stays bounded; any beyond are left out too.
  const kept = holds.slice(0, good);
  const first = holds[good];
  if (!first) throw failureOf(refusal); // cannot happen: the search ends on a refused hold
  const ignoredHolds: IgnoredHold[] = [{ ...first, code: refusal.code }];
  for (const [i, hold] of holds.slice(good + 1).entries()) {
    const tried = i < MAX_LATER_HOLD_CHECKS ? withPauses(input, [...kept, hold], events, today) : undefined;
    if (tried?.ok) {
      kept.push(hold);
      best = tried.value;
    } else {
      ignoredHolds.push({ ...hold, code: tried?.error.code ?? 'plan_too_long' });
    }
  }
  return { holds: kept, ignoredHolds, ...best };
}

/** The current plan, or undefined when there is none or today's rules refuse it: for readers that also work without a plan. */
export async function loadPlanIfValid(
  source: PlanSource,
  userId: string,
  today: CalendarDate,
): Promise<CurrentPlan | undefined> {
  try {
    return await loadCurrentPlan(source, userId, today);
  } catch (error) {
    if (error instanceof RequestFailure) return undefined;
    throw error;
  }
}
