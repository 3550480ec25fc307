/** Test helper: one of everything a person can own, through the repositories (not users or sessions). */
import type { Store } from './store.js';

const NOW = '2026-11-25T10:00:00.000Z';

export async function fillPersonalRows(store: Store, userId: string): Promise<void> {
  const day = {
    date: '2026-11-24',
    severities: [{ symptomId: 'tremor', severity: 2 as const }],
    sleepMinutes: 400,
    doseMicrograms: 1000,
    note: 'n',
    tags: [],
  };
  let n = 0;
  const ids = () => `${userId}-row-${++n}`;
  await store.checkins.put(userId, ids, day, { now: NOW, editedAt: NOW });
  // An older edit arriving later is kept in checkin_versions.
  await store.checkins.put(userId, ids, { ...day, note: 'edited' }, { now: NOW, editedAt: '2026-11-25T11:00:00.000Z' });
  await store.events.create(userId, {
    id: `${userId}-ev`,
    kind: 'seizure',
    occurredAt: NOW,
    occurredOn: '2026-11-25',
    note: '',
    createdAt: NOW,
  });
  const revision = await store.plans.saveRevision(userId, `${userId}-rev`, { any: 'input' }, NOW);
  await store.plans.addHold(revision.id, `${userId}-hold`, { stepIndex: 1, days: 7, reason: 'r', createdAt: NOW });
  await store.assessments.create(userId, {
    id: `${userId}-as`,
    instrument: 'ciwa-b',
    date: '2026-11-25',
    answers: [1],
    unscored: {},
    score: 1,
    band: null,
    createdAt: NOW,
  });
  await store.symptoms.setPin(userId, 'tremor', true, NOW);
  await store.symptoms.addOwn(userId, {
    id: `${userId}-own`,
    name: 'jaw ache',
    group: 'physical',
    createdAt: NOW,
    retiredAt: null,
  });
  await store.intakes.create(
    userId,
    {
      id: `${userId}-dose`,
      date: '2026-11-25',
      takenAt: NOW,
      medicationId: null,
      doseMicrograms: 500,
      form: null,
      note: '',
    },
    NOW,
  );
}

/** A share link of the person's, opened once (the tables of migration 0013 and later). */
export async function fillShareRows(store: Store, userId: string): Promise<void> {
  await store.shares.create(userId, {
    id: `${userId}-share`,
    tokenHash: `hash-of-${userId}`,
    label: 'Dr Lee',
    createdAt: NOW,
    expiresAt: '2026-12-09T10:00:00.000Z',
  });
  await store.shares.open(`hash-of-${userId}`, { id: `${userId}-use`, at: NOW, kind: 'page' });
}
