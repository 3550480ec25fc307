/**
 * Where the "where am I" card and the readiness view reach the person's records: the records port Today hands them
 * (tests hand in the test web data over a fake API, test-readiness-data.ts). A hold goes through the plan holds API.
 */
import type { ApiResult } from '../../../api/api-result.js';
import type { PhaseAnswer, ReadinessAnswer } from '../../../api/insight-schemas.js';
import type { HoldBody, SavedPlan } from '../../../api/plan-schemas.js';
import type { Records } from '../../data/records.js';

export interface ReadinessData {
  /** Kept on the device: an offline visit shows the last answer for the day, if there is one. */
  readonly phase: (date: string) => Promise<ApiResult<PhaseAnswer>>;
  /** Asked afresh: a kept answer could speak of a cut that has moved since. */
  readonly readiness: (date: string) => Promise<ApiResult<ReadinessAnswer>>;
  readonly plan: () => Promise<ApiResult<SavedPlan>>;
  readonly addHold: (hold: HoldBody) => Promise<ApiResult<SavedPlan>>;
}

export const readinessDataOf = (records: Records): ReadinessData => ({
  phase: (date) => records.insightsPhase(date),
  readiness: (date) => records.insightsReadiness(date),
  plan: () => records.plan(),
  addHold: (hold) => records.addHold(hold),
});
