/**
 * For Today's component tests: a small in-memory server (check-ins, doses, the symptoms I track) answering the
 * test web data's fake API, so the real client, records, outbox and sync loop run over the memory store and a fake
 * clock (data/test-web-data.ts). The server can be taken offline or made to refuse a check-in.
 */
import type { ApiFailure } from '../../../api/api-result.js';
import type { DoseBody, DoseView } from '../../../api/dose-schemas.js';
import type { SavedPlan } from '../../../api/plan-schemas.js';
import type { Checkin, CheckinBody, MySymptom } from '../../../api/schemas.js';
import { checkinValue } from '../../data/outbox.js';
import { failure, fakeApi, fakeTime, testWebData, type FakeReply, type FakeRoutes } from '../../data/test-web-data.js';
import type { TodayData } from './sync-marks.js';

export interface FakeServer {
  online: boolean;
  /** When set, every check-in sent is refused with this failure. */
  refuseCheckins: ApiFailure | undefined;
  readonly checkins: Map<string, Checkin>;
  doses: DoseView[];
  readonly symptoms: MySymptom[];
  /** How many dose requests reached the server. */
  doseRequests: number;
  /** The saved plan, if the person has one. */
  plan: SavedPlan | undefined;
}

const symptom = (id: string, name: string): MySymptom => ({
  id,
  name,
  group: 'motor',
  description: `${name}, described.`,
  seekHelp: 'If it is severe, call your prescriber.',
  sources: [],
  pinnedByDefault: true,
  own: false,
  pinned: true,
  retired: false,
});

export function fakeServer(): FakeServer {
  return {
    online: true,
    refuseCheckins: undefined,
    checkins: new Map(),
    doses: [],
    symptoms: [symptom('tremor', 'Tremor'), symptom('muscle-jerks', 'Muscle jerks'), symptom('dizziness', 'Dizziness')],
    doseRequests: 0,
    plan: undefined,
  };
}

const json = (body: unknown): FakeReply => ({ status: 200, body });

function storedDose(body: DoseBody & { id: string }): DoseView {
  const { id, date, takenAt, doseMg } = body;
  return { id, date, takenAt, doseMg, medicationId: body.medicationId ?? null, form: body.form ?? null, note: '' };
}

/** The routes Today uses, answered from `server`; none answers while it is offline. */
function todayRoutes(server: FakeServer): FakeRoutes {
  const routes: FakeRoutes = {
    'GET /api/v1/checkins/:id': (_, { id }) => {
      const found = server.checkins.get(id);
      return found ? json(found) : failure(404, 'not_found');
    },
    'PUT /api/v1/checkins/:id': (body, { id }) => {
      const refused = server.refuseCheckins;
      if (refused) return { status: refused.status, body: { error: refused } };
      const edit = body as CheckinBody & { editedAt: string };
      // Kept as the device sent it, as the server does (the server's own time is not this test's concern).
      const saved = checkinValue({ kind: 'checkin', date: id, body: edit });
      server.checkins.set(id, saved);
      return json(saved);
    },
    'GET /api/v1/doses': (_, { query }) => {
      const [from, to] = [query.get('from') ?? '', query.get('to') ?? '~'];
      return json({ doses: server.doses.filter((d) => d.date >= from && d.date <= to) });
    },
    'POST /api/v1/doses': (body) => {
      server.doseRequests += 1;
      const dose = storedDose(body as DoseBody & { id: string });
      if (!server.doses.some((d) => d.id === dose.id)) server.doses = [...server.doses, dose];
      return json(dose);
    },
    'DELETE /api/v1/doses/:id': (_, { id }) => {
      server.doses = server.doses.filter((d) => d.id !== id);
      return { status: 204 };
    },
    'GET /api/v1/plan': () => (server.plan ? json(server.plan) : failure(404, 'not_found')),
    'GET /api/v1/me/symptoms': () => json({ symptoms: server.symptoms }),
    'GET /api/v1/assessments/prompt': () => json({ prompt: null }),
    'GET /api/v1/medications': () => json({ medications: [] }),
  };
  // Taken offline, the server is unreachable: every route fails as a request that never arrived.
  return Object.fromEntries(
    Object.entries(routes).map(([key, route]) => [
      key,
      (body: unknown, request: Parameters<typeof route>[1]) => {
        if (!server.online) throw new TypeError('Failed to fetch');
        return route(body, request);
      },
    ]),
  );
}

/** Today's data: the test web data over `server`, signed in as one account, on a clock that stands still. */
export function fakeTodayData(server: FakeServer, time = fakeTime()): TodayData {
  const { records } = testWebData(fakeApi(todayRoutes(server)), time);
  records.use('ann');
  return { records, syncer: records, clock: time.clock };
}
