/**
 * What every local store promises (the device's IndexedDB one and the memory one), run by
 * idb-store.test.ts and memory-store.test.ts. The sync loop and the records port rely on nothing else.
 */
import { describe, expect, it } from 'vitest';
import type { LocalStore } from './local-store.js';
import type { NewOutboxEntry, OutboxOp } from './outbox.js';

const dose = (id: string): OutboxOp => ({
  kind: 'dose',
  body: { id, date: '2026-11-20', takenAt: '2026-11-20T08:00:00+01:00', doseMg: 0.5 },
});
const checkin = (date: string, note: string): OutboxOp => ({
  kind: 'checkin',
  date,
  body: { symptoms: {}, note, editedAt: `${date}T10:00:00Z` },
});
const queued = (accountId: string, op: OutboxOp): NewOutboxEntry => ({ accountId, op, queuedAt: 't', attempts: 0 });
const ids = (entries: readonly { op: OutboxOp }[]) =>
  entries.map(({ op }) => (op.kind === 'dose' ? op.body.id : op.kind === 'checkin' ? op.body.note : op.kind));

export function describeLocalStore(name: string, open: () => Promise<LocalStore>): void {
  describe(`${name}: the outbox`, () => {
    it('numbers entries in the order they were added and lists one account’s, oldest first', async () => {
      const store = await open();
      const first = await store.add(queued('ann', dose('a')));
      await store.add(queued('bo', dose('b')));
      const third = await store.add(queued('ann', dose('c')));
      expect(third.seq).toBeGreaterThan(first.seq);
      expect(ids(await store.list('ann'))).toEqual(['a', 'c']);
      expect(ids(await store.list('bo'))).toEqual(['b']);
      expect(await store.list('nobody')).toEqual([]);
    });

    it('drops what a new entry replaces in the same step: an unsent dose when it is undone', async () => {
      const store = await open();
      await store.add(queued('ann', dose('a')));
      await store.add(queued('ann', dose('b')));
      await store.add(queued('ann', { kind: 'dose-delete', id: 'a', date: '2026-11-20' }));
      expect(ids(await store.list('ann'))).toEqual(['b', 'dose-delete']);
    });

    it('keeps every edit of a day, but a new edit replaces one the server refused', async () => {
      const store = await open();
      const refused = await store.add(queued('ann', checkin('2026-11-20', 'first')));
      await store.update(refused.seq, { attempts: 1, rejected: { code: 'date_in_future', message: 'Future' } });
      await store.add(queued('ann', checkin('2026-11-20', 'second')));
      await store.add(queued('ann', checkin('2026-11-20', 'third')));
      expect(ids(await store.list('ann'))).toEqual(['second', 'third']);
    });

    it('records attempts and refusals, and never brings back an entry removed meanwhile', async () => {
      const store = await open();
      const kept = await store.add(queued('ann', dose('a')));
      const gone = await store.add(queued('ann', dose('b')));
      await store.update(kept.seq, { attempts: 2, rejected: { code: 'invalid_input', message: 'No', field: 'doseMg' } });
      await store.remove(gone.seq);
      await store.update(gone.seq, { attempts: 1 });
      const [entry, ...rest] = await store.list('ann');
      expect(rest).toEqual([]);
      expect(entry).toMatchObject({ seq: kept.seq, attempts: 2, rejected: { code: 'invalid_input', field: 'doseMg' } });
    });

    it('hands out copies: changing what it returned changes nothing stored', async () => {
      const store = await open();
      await store.add(queued('ann', checkin('2026-11-20', 'calm')));
      const [listed] = await store.list('ann');
      if (listed?.op.kind === 'checkin') (listed.op.body as { note?: string }).note = 'changed';
      expect(ids(await store.list('ann'))).toEqual(['calm']);
    });
  });

  describe(`${name}: the copy of what the server said`, () => {
    it('keeps answers per account, and forgets one when asked', async () => {
      const store = await open();
      await store.cachePut('ann', 'plan', { for: 'ann' });
      await store.cachePut('bo', 'plan', { for: 'bo' });
      expect(await store.cacheGet('ann', 'plan')).toEqual({ for: 'ann' });
      await store.cacheDelete('ann', 'plan');
      expect(await store.cacheGet('ann', 'plan')).toBeUndefined();
      expect(await store.cacheGet('bo', 'plan')).toEqual({ for: 'bo' });
    });

    it('reads a key range in key order, both ends included, for one account only', async () => {
      const store = await open();
      for (const date of ['2026-11-22', '2026-11-20', '2026-11-21', '2026-11-25'])
        await store.cachePut('ann', `checkin/${date}`, date);
      await store.cachePut('ann2', 'checkin/2026-11-21', 'someone else');
      await store.cachePut('ann', 'dose/2026-11-21/x', 'a dose');
      expect(await store.cacheRange('ann', ['checkin/2026-11-20', 'checkin/2026-11-22'])).toEqual([
        '2026-11-20',
        '2026-11-21',
        '2026-11-22',
      ]);
    });

    it('replaces a range with a fresh list, leaving the rest alone', async () => {
      const store = await open();
      await store.cachePut('ann', 'checkin/2026-11-19', 'before');
      await store.cachePut('ann', 'checkin/2026-11-20', 'stale');
      await store.cachePut('ann', 'checkin/2026-11-21', 'deleted on the server');
      await store.cachePut('ann', 'checkin/2026-11-23', 'after');
      await store.cacheReplaceRange('ann', ['checkin/2026-11-20', 'checkin/2026-11-22'], [
        ['checkin/2026-11-20', 'fresh'],
        ['checkin/2026-11-22', 'new'],
      ]);
      expect(await store.cacheRange('ann', ['checkin/', 'checkin/9999'])).toEqual(['before', 'fresh', 'new', 'after']);
    });

    it('clears one account’s copy on sign-out and keeps its unsent entries', async () => {
      const store = await open();
      await store.add(queued('ann', dose('a')));
      await store.cachePut('ann', 'plan', 1);
      await store.cachePut('ann', 'checkin/2026-11-20', 2);
      await store.cachePut('bo', 'plan', 3);
      await store.clearCache('ann');
      expect(await store.cacheGet('ann', 'plan')).toBeUndefined();
      expect(await store.cacheRange('ann', ['', '\uffff'])).toEqual([]);
      expect(await store.cacheGet('bo', 'plan')).toBe(3);
      expect(ids(await store.list('ann'))).toEqual(['a']);
    });
  });
}
