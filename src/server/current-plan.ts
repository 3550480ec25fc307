/**
 * The person's plan as it stands: the newest revision's request, recomputed by the core with its holds and with
 * the pauses for red-flag events not yet confirmed safe to go on (docs/adr/0008-red-flags-pause-the-plan.md).
 */
import { PlanInputSchema } from '../api/plan-schemas.js';
import { addDays, planTaper, redFlagPauses, type CalendarDate, type Hold, type Plan, type PlanInput, type RedFlagPause } from '../core/index.js';
import type { Store, StoredEvent, StoredRevision } from '../storage/index.js';
import { RequestFailure } from './http-errors.js';

/** Computes a plan, or ends the request with the planner's refusal (HTTP 422). */
export function computePlan(input: PlanInput, holds: readonly Hold[] = []): Plan {
  const result = planTaper(input, { holds });
  if (!result.ok) throw new RequestFailure(result.error.field === undefined ? { code: result.error.code } : { code: result.error.code, field: result.error.field });
  return result.value;
}

export interface CurrentPlan {
  readonly revision: StoredRevision;
  /** Saved requests were validated when saved; parsing again applies today's defaults to older saves. */
  readonly input: ReturnType<typeof PlanInputSchema.parse>;
  /** The holds the person added (the pauses' holds are in `plan`, not here). */
  readonly holds: readonly Hold[];
  readonly pauses: readonly RedFlagPause[];
  readonly plan: Plan;
}

/**
 * An event counts from the person's own day (as their device wrote it); today and confirmations are the server's UTC
 * days, as it dates everything else. Near midnight that errs towards a longer pause, never a shorter one.
 */
const utcDay = (iso: string): CalendarDate => iso.slice(0, 10);

const pauseEventOf = (e: Pick<StoredEvent, 'id' | 'kind' | 'occurredAt' | 'occurredOn' | 'confirmedAt'>) => ({
  id: e.id,
  kind: e.kind,
  date: e.occurredOn ?? utcDay(e.occurredAt),
  confirmedOn: e.confirmedAt === null ? null : utcDay(e.confirmedAt),
});

/** `today` decides how long an unconfirmed pause has lasted: routes pass their clock's day (never read here). */
export async function loadCurrentPlan(store: Store, userId: string, today: CalendarDate): Promise<CurrentPlan | undefined> {
  const revision = await store.plans.latest(userId);
  if (!revision) return undefined;
  const input = PlanInputSchema.parse(revision.input);
  const [holds, events] = await Promise.all([store.plans.holds(revision.id), store.events.forPauses(userId)]);
  const base = computePlan(input, holds);
  // The server's day is UTC; the person's may already be tomorrow (up to UTC+14). An open pause lasts through the latest
  // day anywhere, so no screen shows the next cut while it is unconfirmed.
  const paused = redFlagPauses(base, events.map(pauseEventOf), addDays(today, 1));
  if (paused.holds.length === 0 && paused.startDelayDays === 0) return { revision, input, holds, pauses: paused.pauses, plan: base };
  const plan = computePlan({ ...input, startDate: addDays(input.startDate, paused.startDelayDays) }, [...holds, ...paused.holds]);
  return { revision, input, holds, pauses: paused.pauses, plan };
}
