/**
 * For Today's component tests: the real records, outbox and sync loop over the memory store, in front of a small
 * in-memory server that can be taken offline or made to refuse a check-in. Nothing here reaches a network.
 */
import type { ApiFailure, ApiResult } from '../../../api/api-result.js';
import type { ApiClient } from '../../data/http-client.js';
import type { DoseBody, DoseView } from '../../../api/dose-schemas.js';
import type { Checkin, CheckinBody, MySymptom } from '../../../api/schemas.js';
import { createMemoryStore } from '../../data/memory-store.js';
import { createRecords } from '../../data/records.js';
import { createSender } from '../../data/sender.js';
import { createSyncer } from '../../data/sync.js';
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
  };
}

const OFFLINE: ApiFailure = { code: 'network_error', message: 'offline', status: 0 };
const NOT_FOUND: ApiFailure = { code: 'not_found', message: 'Not found', status: 404 };

function fakeClient(server: FakeServer): ApiClient {
  const answer = <T>(value: () => T): Promise<ApiResult<T>> =>
    Promise.resolve(server.online ? { ok: true, value: value() } : { ok: false, error: OFFLINE });
  const client = {
    actAs: () => undefined,
    getCheckin: (date: string): Promise<ApiResult<Checkin>> => {
      if (!server.online) return Promise.resolve({ ok: false, error: OFFLINE });
      const found = server.checkins.get(date);
      return Promise.resolve(found ? { ok: true, value: found } : { ok: false, error: NOT_FOUND });
    },
    putCheckin: (date: string, body: CheckinBody & { editedAt?: string }): Promise<ApiResult<Checkin>> => {
      if (server.online && server.refuseCheckins) return Promise.resolve({ ok: false, error: server.refuseCheckins });
      return answer(() => {
        const saved: Checkin = {
          date,
          symptoms: { ...body.symptoms },
          sleepHours: body.sleepHours ?? null,
          doseMg: body.doseMg ?? null,
          note: body.note ?? '',
          tags: [...(body.tags ?? [])],
          updatedAt: '2026-11-25T09:00:00Z',
          editedAt: body.editedAt ?? '2026-11-25T09:00:00Z',
        };
        server.checkins.set(date, saved);
        return saved;
      });
    },
    listDoses: (range: { from?: string; to?: string }) =>
      answer(() => ({
        doses: server.doses.filter((d) => d.date >= (range.from ?? '') && d.date <= (range.to ?? '~')),
      })),
    logDose: (body: DoseBody & { id: string }) => {
      if (server.online) server.doseRequests += 1;
      return answer(() => {
        const dose: DoseView = {
          id: body.id,
          date: body.date,
          takenAt: body.takenAt,
          medicationId: body.medicationId ?? null,
          doseMg: body.doseMg,
          form: body.form ?? null,
          note: body.note ?? '',
        };
        if (!server.doses.some((d) => d.id === dose.id)) server.doses = [...server.doses, dose];
        return dose;
      });
    },
    deleteDose: (id: string) =>
      answer(() => {
        server.doses = server.doses.filter((d) => d.id !== id);
        return undefined;
      }),
    getPlan: () => Promise.resolve({ ok: false, error: NOT_FOUND }),
    mySymptoms: () => answer(() => ({ symptoms: server.symptoms })),
    assessmentPrompt: () => answer(() => ({ prompt: null })),
    medications: () => answer(() => ({ medications: [] })),
  };
  return client as unknown as ApiClient;
}

/** Today's data over the memory store, signed in as one account, answering within `patienceMs` as on a device. */
export function fakeTodayData(server: FakeServer): TodayData {
  const store = createMemoryStore();
  const client = fakeClient(server);
  const syncer = createSyncer({
    outbox: store,
    send: createSender(client, store),
    setTimer: () => undefined,
    clearTimer: () => undefined,
    now: () => 0,
    random: () => 0.5,
  });
  const records = createRecords({
    client,
    store,
    syncer,
    patienceMs: 50,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => '2026-11-25T09:00:00+00:00',
  });
  records.use('ann');
  return { records, syncer };
}
