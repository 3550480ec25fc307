/**
 * For the readiness DOM tests and screenshots: a small fake server (the plan with its holds, where am I, readiness)
 * answering the test web data's fake API, so the real client and records port run over the memory store and a clock
 * that stands still. It can be taken offline, and a hold can be made to wait until the test lets it through.
 */
import type { PhaseAnswer, ReadinessAnswer } from '../../../api/insight-schemas.js';
import { SavedPlanSchema, type HoldBody, type SavedPlan } from '../../../api/plan-schemas.js';
import { addDays, planTaper, type PlanInput } from '../../../core/index.js';
import type { Records } from '../../data/records.js';
import { fakeApi, failure, fakeTime, testWebData, type FakeReply } from '../../data/test-web-data.js';
import { liquidPlanInput, savedPlan } from '../plan/test-plan-data.js';

export const PLAN_START = '2026-11-01';
export const PLAN = savedPlan(PLAN_START);
/** The fourth step's cut, and Today three days before it. */
export const CUT = PLAN.plan.steps[3] ?? PLAN.plan.steps[0];
export const TODAY = addDays(CUT?.start ?? PLAN_START, -3);
const BEFORE = PLAN.plan.steps[2];

type Signals = ReadinessAnswer['signals'];
const OK_SIGNALS: Signals = [
  { code: 'days-since-last-cut', value: 11, status: 'ok', source: 'jcpg-2025' },
  { code: 'burden-vs-baseline', value: 0.4, status: 'ok', source: 'jcpg-2025' },
  { code: 'trend-7-days', value: -0.2, status: 'ok', source: 'jcpg-2025' },
  { code: 'checkin-coverage', value: 7, status: 'ok', source: 'design-choice' },
  { code: 'questionnaire-band', value: 'mild', status: 'ok', source: 'ciwa-b' },
  { code: 'red-flags-since-last-cut', value: 0, status: 'ok', source: 'jcpg-2025' },
  { code: 'missed-doses', value: 0, status: 'ok', source: 'jcpg-2025' },
];

const replace = (signals: Signals, changed: Signals) => signals.map((s) => changed.find((c) => c.code === s.code) ?? s);

export function readinessAnswer(kind: 'ready' | 'wait' | 'hold-red-flag'): ReadinessAnswer {
  const signals =
    kind === 'ready'
      ? OK_SIGNALS
      : kind === 'wait'
        ? replace(OK_SIGNALS, [
            { code: 'trend-7-days', value: 1.6, status: 'caution', source: 'jcpg-2025' },
            { code: 'checkin-coverage', value: 4, status: 'caution', source: 'design-choice' },
          ])
        : replace(OK_SIGNALS, [{ code: 'red-flags-since-last-cut', value: 1, status: 'stop', source: 'jcpg-2025' }]);
  return {
    date: TODAY,
    nextCut: { date: CUT?.start ?? TODAY, fromMg: BEFORE?.doseMg ?? 0, toMg: CUT?.doseMg ?? 0 },
    daysToCut: 3,
    suggestion: kind === 'ready' ? 'ready' : kind === 'wait' ? 'wait' : 'hold',
    signals,
  };
}

export const PEAK: PhaseAnswer = {
  date: TODAY,
  phase: 'peak',
  day: 11,
  change: {
    date: BEFORE?.start ?? PLAN_START,
    fromMg: PLAN.plan.steps[1]?.doseMg ?? 0,
    toMg: BEFORE?.doseMg ?? 0,
    dateFrom: 'plan',
  },
  typical: { code: 'peak', sources: ['ashton-manual', 'jcpg-2025'] },
  windows: { used: null, longActing: null },
};

/** Where am I without a plan, as the API answers it. */
export const NO_PLAN: PhaseAnswer = {
  date: TODAY,
  phase: 'no-plan',
  day: null,
  change: null,
  typical: { code: 'no-plan', sources: [] },
  windows: { used: null, longActing: null },
};

export interface FakeReadinessServer {
  online: boolean;
  phase: PhaseAnswer | undefined;
  readiness: ReadinessAnswer;
  plan: SavedPlan;
  readonly holds: HoldBody[];
  /** When set, a hold waits for it before it is answered (a slow connection, for the double-tap test). */
  holdGate: Promise<void> | undefined;
}

export function fakeReadinessServer(kind: Parameters<typeof readinessAnswer>[0] = 'ready'): FakeReadinessServer {
  return { online: true, phase: PEAK, readiness: readinessAnswer(kind), plan: PLAN, holds: [], holdGate: undefined };
}

const json = (body: unknown): FakeReply => ({ status: 200, body });

/** The plan recomputed with the holds, as the server answers POST /plan/holds; readiness then has no near cut. */
function withHolds(server: FakeReadinessServer): SavedPlan {
  const input: PlanInput = liquidPlanInput(PLAN_START);
  const holds = server.holds.map((h) => ({ ...h, createdAt: `${TODAY}T09:00:00Z` }));
  const plan = planTaper(input, { holds });
  if (!plan.ok) throw new Error(plan.error.code);
  return SavedPlanSchema.parse({ ...server.plan, plan: plan.value, holds });
}

export function fakeReadinessRecords(server: FakeReadinessServer, time = fakeTime(`${TODAY}T09:00:00Z`)): Records {
  const routes = {
    'GET /api/v1/insights/phase': () => (server.phase ? json(server.phase) : failure(404, 'not_found')),
    'GET /api/v1/insights/readiness': () => json(server.readiness),
    'GET /api/v1/plan': () => json(server.plan),
    'POST /api/v1/plan/holds': async (body: unknown) => {
      await server.holdGate;
      server.holds.push(body as HoldBody);
      server.plan = withHolds(server);
      server.readiness = { ...server.readiness, nextCut: null, daysToCut: null, suggestion: null, signals: [] };
      return { status: 201, body: server.plan };
    },
  };
  const offlineAware = Object.fromEntries(
    Object.entries(routes).map(([key, route]) => [
      key,
      (body: unknown) => {
        if (!server.online) throw new TypeError('Failed to fetch');
        return route(body);
      },
    ]),
  );
  const { records } = testWebData(fakeApi(offlineAware), time);
  records.use('ann');
  return records;
}
