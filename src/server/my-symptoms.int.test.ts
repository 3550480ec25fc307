import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, signedInApp, type Agent } from './test-app.js';

interface Mine {
  id: string;
  pinned: boolean;
  own: boolean;
  retired: boolean;
  name: string;
}
const UUID = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe.each(TEST_DATABASES)('pinned and own symptoms on $name', (kind) => {
  const ctx = signedInApp(kind);

  const mine = async (agent: Agent) =>
    (await agent.request({ url: '/api/v1/me/symptoms' })).json<{ symptoms: Mine[] }>().symptoms;

  it('starts with the seed’s sixteen sensory, motor and sleep symptoms pinned', async () => {
    const symptoms = await mine(ctx.ann);
    expect(symptoms.filter((s) => s.pinned)).toHaveLength(16);
    expect(symptoms.find((s) => s.id === 'tremor')?.pinned).toBe(true);
    expect(symptoms.find((s) => s.id === 'tinnitus')?.pinned).toBe(false);
  });

  it('pins and unpins, per person', async () => {
    const pin = await ctx.ann.request({
      method: 'PUT',
      url: '/api/v1/me/symptoms/tinnitus/pin',
      payload: { pinned: true },
    });
    expect(pin.statusCode).toBe(200);
    expect(pin.json()).toMatchObject({ id: 'tinnitus', pinned: true });
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/me/symptoms/tremor/pin', payload: { pinned: false } });
    const symptoms = await mine(ctx.ann);
    expect(symptoms.find((s) => s.id === 'tinnitus')?.pinned).toBe(true);
    expect(symptoms.find((s) => s.id === 'tremor')?.pinned).toBe(false);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    expect((await mine(bob)).find((s) => s.id === 'tremor')?.pinned).toBe(true);
    expect(
      (await ctx.ann.request({ method: 'PUT', url: '/api/v1/me/symptoms/hiccups/pin', payload: { pinned: true } }))
        .statusCode,
    ).toBe(404);
  });

  it('adds an own symptom, rates it, retires it and keeps its history', async () => {
    const added = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/me/symptoms',
      payload: { id: UUID, name: 'Jaw clenching', group: 'motor' },
    });
    expect(added.statusCode).toBe(201);
    const id = added.json<Mine>().id;
    expect(id).toBe(`own-${UUID}`);
    const retry = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/me/symptoms',
      payload: { id: UUID, name: 'Jaw clenching', group: 'motor' },
    });
    expect(retry.json<Mine>().id).toBe(id);
    expect((await mine(ctx.ann)).filter((s) => s.own)).toHaveLength(1);

    const checkin = await ctx.ann.request({
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-24',
      payload: { symptoms: { [id]: 2, tremor: 1 } },
    });
    expect(checkin.statusCode).toBe(200);

    expect((await ctx.ann.request({ method: 'DELETE', url: `/api/v1/me/symptoms/${id}` })).statusCode).toBe(204);
    const retired = (await mine(ctx.ann)).find((s) => s.id === id);
    expect(retired).toMatchObject({ retired: true, pinned: false, name: 'Jaw clenching' });
    expect((await ctx.ann.request({ url: '/api/v1/checkins/2026-11-24' })).json()).toMatchObject({
      symptoms: { [id]: 2, tremor: 1 },
    });
    expect((await ctx.ann.request({ method: 'DELETE', url: `/api/v1/me/symptoms/${id}` })).statusCode).toBe(404);
  });

  it('does not accept another person’s own symptom in a check-in, nor let them retire it', async () => {
    const id = (
      await ctx.ann.request({
        method: 'POST',
        url: '/api/v1/me/symptoms',
        payload: { name: 'Jaw clenching', group: 'motor' },
      })
    ).json<Mine>().id;
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    const response = await bob.request({
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-24',
      payload: { symptoms: { [id]: 2 } },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: { code: 'unknown_symptom', field: `symptoms.${id}` } });
    expect((await bob.request({ method: 'DELETE', url: `/api/v1/me/symptoms/${id}` })).statusCode).toBe(404);
    expect((await mine(ctx.ann)).find((s) => s.id === id)?.retired).toBe(false);
  });

  it.each([
    [{ name: 'x', group: 'motor' }, 'name'],
    [{ name: 'Jaw clenching', group: 'elbows' }, 'group'],
    [{ name: 'Jaw clenching', group: 'motor', colour: 'red' }, 'colour'],
  ])('rejects own symptom %j naming %s', async (payload, field) => {
    const response = await ctx.ann.request({ method: 'POST', url: '/api/v1/me/symptoms', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_input', field } });
  });
});
