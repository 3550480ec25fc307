import type { EventBody } from '../api/schemas.js';
import { api } from './api.js';
import { readJson, writeJson } from './storage.js';

/**
 * Red-flag events that could not be sent (no connection) wait here and are sent later, so
 * tapping "I had a seizure" offline is never lost. Kept per account.
 */
const key = (accountId: string) => `pending-events.${accountId}`;
const same = (a: EventBody, b: EventBody) => a.kind === b.kind && a.occurredAt === b.occurredAt;

function isEventBody(value: unknown): value is EventBody {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, occurredAt } = value as Record<string, unknown>;
  return typeof kind === 'string' && typeof occurredAt === 'string';
}

function readQueue(accountId: string): EventBody[] {
  const stored = readJson(key(accountId));
  return Array.isArray(stored) ? stored.filter(isEventBody) : [];
}

export function queueEvent(accountId: string, body: EventBody): void {
  const queue = readQueue(accountId);
  writeJson(key(accountId), [...queue, body]);
}

let inFlight: Promise<void> | undefined;

/** Sends what is queued and drops what was delivered (or rejected as invalid); keeps the rest. One run at a time. */
export function flushEvents(accountId: string): Promise<void> {
  inFlight ??= send(accountId).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function send(accountId: string): Promise<void> {
  const queue = readQueue(accountId);
  const done: EventBody[] = [];
  for (const body of queue) {
    const result = await api.recordEvent(body);
    if (result.ok || result.error.code === 'invalid_input') done.push(body);
  }
  if (done.length === 0) return;
  // Re-read: an event may have been queued while these were being sent.
  const latest = readQueue(accountId);
  writeJson(key(accountId), latest.filter((item) => !done.some((d) => same(d, item))));
}
