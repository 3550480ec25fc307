import { describe, expect, it, vi } from 'vitest';
import type { Checkin } from '../../api/schemas.js';
import { failure, fakeApi, fakeTime, testWebData, type FakeReply } from './test-web-data.js';

const DAY = '2026-11-20';
const PUT = `PUT /api/v1/checkins/${DAY}`;
const edit = (note: string) => ({ symptoms: { tremor: 2 }, note, editedAt: `${DAY}T10:00:00+01:00` });
const stored = (note: string, extra: Partial<Checkin> = {}): Checkin => ({
  date: DAY,
  symptoms: { tremor: 2 },
  sleepHours: null,
  doseMg: null,
  note,
  tags: [],
  updatedAt: `${DAY}T10:00:00+01:00`,
  editedAt: `${DAY}T10:00:00+01:00`,
  ...extra,
});
const echo = (body: unknown): FakeReply => ({ status: 200, body: stored((body as { note: string }).note) });

/** The records port for one signed-in person over a fake API, a memory store and a fake clock. */
function signedIn(routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(routes);
  const time = fakeTime();
  const data = testWebData(api, time);
  data.records.use('ann');
  return { api, time, records: data.records, data };
}

describe('the records port: what a save says', () => {
  it('saved: the server took it in time, so nothing is left waiting and the copy answers offline', async () => {
    const { api, records } = signedIn({ [PUT]: echo, [`GET /api/v1/checkins/${DAY}`]: () => failure(404, 'not_found') });
    const saved = await records.saveCheckin(DAY, edit('calm'));
    expect(saved).toEqual({ ok: true, value: { value: stored('calm'), synced: true } });
    expect(await records.entries()).toEqual([]);
    api.setOnline(false);
    expect(await records.getCheckin(DAY)).toEqual({ ok: true, value: stored('calm') });
  });

  it('unsent: a slow server leaves it on the device, marked, and it is sent when the answer comes', async () => {
    let answer: (reply: FakeReply) => void = () => undefined;
    const { api, time, records } = signedIn({ [PUT]: () => new Promise((resolve) => (answer = resolve)) });
    const saving = records.saveCheckin(DAY, edit('shaky'));
    await vi.waitFor(() => expect(api.requests).toContain(PUT));
    time.advance(60_000);
    const saved = await saving;
    expect(saved.ok && saved.value).toEqual({ value: { ...stored('shaky'), pending: true }, synced: false });
    expect((await records.entries()).map((e) => e.op.kind)).toEqual(['checkin']);
    answer(echo(edit('shaky')));
    await vi.waitFor(async () => expect(await records.entries()).toEqual([]));
  });

  it('refused: the reason comes back to the screen, and the entry stays listed until removed', async () => {
    const { records } = signedIn({ [PUT]: () => failure(422, 'date_in_future', 'date') });
    const saved = await records.saveCheckin(DAY, edit('tomorrow'));
    expect(saved.ok ? undefined : saved.error).toMatchObject({ code: 'date_in_future', field: 'date', status: 422 });
    const [entry] = await records.entries();
    expect(entry?.rejected).toMatchObject({ code: 'date_in_future' });
    await records.discard(entry?.seq ?? -1);
    expect(await records.entries()).toEqual([]);
  });

  it('offline: kept on the device and laid over the last list the server gave, then sent once back', async () => {
    const { api, records } = signedIn({
      [PUT]: echo,
      'GET /api/v1/checkins': () => ({ status: 200, body: { checkins: [stored('from the server')] } }),
    });
    await records.listCheckins({ from: DAY, to: DAY });
    api.setOnline(false);
    const saved = await records.saveCheckin(DAY, edit('offline'));
    expect(saved.ok && saved.value.synced).toBe(false);
    const listed = await records.listCheckins({ from: DAY, to: DAY });
    expect(listed.ok && listed.value.map((c) => [c.note, c.pending])).toEqual([['offline', true]]);
    api.setOnline(true);
    await records.syncNow();
    expect(await records.entries()).toEqual([]);
    // The try made offline never reached the server; the one made back online did.
    expect(api.requests.filter((r) => r === PUT)).toHaveLength(1);
  });

  it('superseded: another device’s later edit comes back, and is what the screen shows', async () => {
    const later = stored('from the phone', { editedAt: `${DAY}T11:00:00+01:00` });
    const { records } = signedIn({ [PUT]: () => ({ status: 200, body: { ...later, superseded: true } }) });
    const saved = await records.saveCheckin(DAY, edit('from the laptop'));
    expect(saved).toEqual({ ok: true, value: { value: later, synced: true, superseded: true } });
  });

  it('signed out: the session room hears of it, and the entry waits for the person to sign in again', async () => {
    const { data, records } = signedIn({ [PUT]: () => failure(401, 'unauthenticated') });
    const ended = vi.fn();
    data.onSessionEnded(ended);
    const saved = await records.saveCheckin(DAY, edit('late'));
    expect(saved.ok ? undefined : saved.error.code).toBe('unauthenticated');
    expect(ended).toHaveBeenCalled();
    expect((await records.entries()).map((e) => e.attempts)).toEqual([0]);
  });
});
