/**
 * Test data for the plan feature's component tests: the real medicines and real plans from the core, in the shapes
 * the API sends, and a PlanData whose answers each test chooses. No store, no network.
 */
import { vi } from 'vitest';
import type { ApiFailure, ApiResult } from '../../../api/api-result.js';
import {
  MedicationListSchema,
  type MedicationView,
  SavedPlanSchema,
  type PlanInputBody,
  type SavedPlan,
} from '../../../api/plan-schemas.js';
import { MEDICATIONS, planTaper, publishedRatioRange, usualRangeLimitMg, type PlanInput } from '../../../core/index.js';
import { fakeTime } from '../../data/test-web-data.js';
import type { PlanData } from './plan-data.js';

export const MEDICATION_VIEWS = MedicationListSchema.parse({
  medications: MEDICATIONS.map((m) => ({
    ...m,
    diazepamRatio: publishedRatioRange(m) ?? null,
    usualRangeLimitMg: usualRangeLimitMg(m) ?? null,
  })),
}).medications;

/** Clonazepam 2 mg a day as a home water mixture, 10 % every 14 days from `startDate`. */
export function liquidPlanInput(startDate: string): PlanInput & PlanInputBody {
  return {
    medicationId: 'clonazepam',
    form: 'liquid',
    currentDoseMg: 2,
    startDate,
    strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
    endpointMg: 0,
    doseTimes: [{ label: 'daily', share: 1 }],
    takenDailyOver4Weeks: true,
    syringeMl: 0.1,
  };
}

export function savedPlan(startDate: string): SavedPlan {
  const input = liquidPlanInput(startDate);
  const plan = planTaper(input);
  if (!plan.ok) throw new Error(`test plan refused: ${plan.error.code}`);
  return SavedPlanSchema.parse({
    revision: 1,
    createdAt: '2026-11-01T09:00:00.000Z',
    input,
    plan: plan.value,
    holds: [],
    pauses: [],
    revisions: [],
  });
}

export const failure = (code: ApiFailure['code'], status = 422): ApiResult<never> => ({
  ok: false,
  error: { code, message: code, status },
});

/** The plan tests' clock: it stands still, so "today" is the same in a test and in the screen it renders. */
export const planClock = fakeTime().clock;

/** A PlanData that answers with `saved` (or no plan) and previews with the core's own planner. */
export function fakePlanData(saved: SavedPlan | null, overrides: Partial<PlanData> = {}): PlanData {
  return {
    medications: vi.fn(() => Promise.resolve({ ok: true as const, value: { medications: MEDICATION_VIEWS } })),
    plan: vi.fn(() => Promise.resolve(saved ? { ok: true as const, value: saved } : failure('not_found', 404))),
    preview: vi.fn(() => Promise.resolve(failure('internal', 500))),
    save: vi.fn(() => Promise.resolve(failure('internal', 500))),
    addHold: vi.fn(() => Promise.resolve(failure('internal', 500))),
    confirmEvent: vi.fn(() => Promise.resolve(failure('internal', 500))),
    calendarUrl: () => '/api/v1/plan.ics?reminder=true',
    unsentEventKinds: () => Promise.resolve([]),
    onSent: () => () => undefined,
    sentCount: () => 0,
    isOnline: () => true,
    clock: planClock,
    ...overrides,
  };
}

/** A small clonazepam as the API describes it: tablets of three strengths (so a home mixture), drops, two tables. */
export const CLONAZEPAM_VIEW: MedicationView = {
  id: 'clonazepam',
  name: 'Clonazepam',
  brandNames: ['Klonopin'],
  halfLifeHours: { value: { low: 18, high: 50 }, status: 'secondary', sources: [] },
  equivalents: [
    { table: 'ashton', mgLow: 0.5, mgHigh: 0.5, status: 'confirmed', sources: ['ashton-manual'] },
    { table: 'va-dod', mgLow: 1, mgHigh: 1, status: 'confirmed', sources: ['va-dod-2021'] },
  ],
  forms: [
    {
      kind: 'tablet',
      strengths: [
        { mg: 0.5, pieces: 2 },
        { mg: 0.25, pieces: 1 },
        { mg: 1, pieces: 1 },
      ],
    },
    { kind: 'drops' },
  ],
  specialistFirstFor: ['epilepsy'],
  diazepamRatio: { low: 10, high: 20 },
  usualRangeLimitMg: 2,
};
