/**
 * Sends one outbox entry through the HTTP client and, when the server took it, brings the device's copy up to
 * date under the entry's own account, so the copy is right when the app is offline later. Built from the
 * client before the sync loop, which takes it as its `send`: neither needs the other late.
 */
import type { LocalStore } from './local-store.js';
import type { ApiClient } from './http-client.js';
import { cacheKeys } from './cache-keys.js';
import type { Answer, Send } from './sync.js';

export function createSender(client: ApiClient, store: LocalStore): Send {
  // The copy is a convenience: failing to update it never turns a sent entry into a failed one.
  const quietly = (work: Promise<unknown>) => work.catch(() => undefined);

  return async ({ accountId, op }): Promise<Answer> => {
    switch (op.kind) {
      case 'checkin': {
        const result = await client.putCheckin(op.date, op.body);
        if (!result.ok) return { result };
        if (result.value.superseded) {
          const { superseded: _superseded, ...laterEdit } = result.value;
          return { result, laterEdit };
        }
        await quietly(store.cachePut(accountId, cacheKeys.checkin(op.date), result.value));
        return { result };
      }
      case 'dose': {
        const result = await client.logDose(op.body);
        if (result.ok) await quietly(store.cachePut(accountId, cacheKeys.dose(result.value.date, result.value.id), result.value));
        return { result };
      }
      case 'dose-delete': {
        const result = await client.deleteDose(op.id);
        await quietly(store.cacheDelete(accountId, cacheKeys.dose(op.date, op.id)));
        return { result };
      }
      case 'assessment': {
        const result = await client.recordAssessment(op.body);
        if (result.ok)
          await quietly(store.cachePut(accountId, cacheKeys.assessment(result.value.date, result.value.id), result.value));
        return { result };
      }
      case 'event':
        return { result: await client.recordEvent(op.body) };
      case 'event-delete':
        return { result: await client.deleteEvent(op.id) };
    }
  };
}
