/** The person's plan as it stands: the newest revision's request, recomputed by the core with its holds. */
import { PlanInputSchema } from '../api/plan-schemas.js';
import { planTaper, type Hold, type Plan, type PlanInput } from '../core/index.js';
import type { Store, StoredRevision } from '../storage/index.js';
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
  readonly holds: readonly Hold[];
  readonly plan: Plan;
}

export async function loadCurrentPlan(store: Store, userId: string): Promise<CurrentPlan | undefined> {
  const revision = await store.plans.latest(userId);
  if (!revision) return undefined;
  const input = PlanInputSchema.parse(revision.input);
  const holds = await store.plans.holds(revision.id);
  return { revision, input, holds, plan: computePlan(input, holds) };
}
