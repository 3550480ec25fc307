/**
 * Tests only: an export file with one of everything the CSV and FHIR exports map, and the notes that break naive
 * writers (commas, quotes, line breaks, a formula, non-Latin text).
 */
import type { ExportFile } from './export-schemas.js';

export const TRICKY_NOTES = [
  'Shaky, then "better" by noon',
  'Line one\r\nline two\nline three',
  '=HYPERLINK("http://example.org","click")',
  '-3 hours of sleep, +coffee',
  "'=already guarded",
  'Головокружение, 眩暈, دوار',
  '@home\tall day',
  '',
] as const;

const T = '2026-12-01T12:00:00.000Z';

export function exportFileFixture(): ExportFile {
  return {
    format: 'taper-companion-export',
    version: 1,
    exportedAt: T,
    account: { email: 'ann@example.org', createdAt: '2026-11-01T08:00:00.000Z' },
    plans: [
      {
        id: 'plan-1',
        revision: 1,
        createdAt: '2026-11-19T10:00:00.000Z',
        input: {
          medicationId: 'clonazepam',
          form: 'drops',
          currentDoseMg: 1,
          startDate: '2026-11-20',
          strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
        },
        holds: [{ id: 'hold-1', stepIndex: 0, days: 7, reason: 'A hard week', createdAt: '2026-11-21T10:00:00.000Z' }],
      },
    ],
    checkins: TRICKY_NOTES.map((note, i) => ({
      id: `checkin-${i}`,
      date: `2026-11-${String(20 + i).padStart(2, '0')}`,
      symptoms: i % 2 === 0 ? { tremor: 2, anxiety: 0, 'own-jaw': 3 } : { 'pins-and-needles': 1 },
      sleepMinutes: i === 3 ? null : 360 + i * 15,
      doseMg: i === 4 ? null : 0.9,
      note,
      tags: i === 0 ? ['caffeine', 'stress'] : [],
      createdAt: T,
      updatedAt: T,
      editedAt: T,
      versions: [],
    })),
    doses: [
      {
        id: 'dose-1',
        date: '2026-11-28',
        takenAt: '2026-11-28T07:00:00.000Z',
        medicationId: 'clonazepam',
        doseMg: 0.45,
        form: 'drops',
        note: 'Morning, with "tea"',
      },
      {
        id: 'dose-2',
        date: '2026-11-28',
        takenAt: '2026-11-28T19:00:00.000Z',
        medicationId: null,
        doseMg: 0.45,
        form: null,
        note: '',
      },
    ],
    questionnaires: [
      {
        id: 'q-1',
        instrument: 'ciwa-b',
        date: '2026-11-27',
        answers: Array.from({ length: 20 }, (_, i) => i % 5),
        unscored: { 'hours-slept': 6.5, 'minutes-to-sleep': 40 },
        score: 40,
        band: 'moderate',
        createdAt: '2026-11-27T20:00:00.000Z',
      },
      {
        id: 'q-2',
        instrument: 'bwsq',
        date: '2026-11-28',
        answers: Array.from({ length: 20 }, () => 1),
        unscored: {},
        score: 20,
        band: null,
        createdAt: '2026-11-28T20:00:00.000Z',
      },
    ],
    events: [
      {
        id: 'event-1',
        kind: 'seizure',
        occurredAt: '2026-11-26T08:30:00.000Z',
        occurredOn: '2026-11-26',
        note: 'After "the" cut, 2nd day',
        createdAt: '2026-11-26T08:31:00.000Z',
        confirmedAt: null,
      },
    ],
    ownSymptoms: [{ id: 'own-jaw', name: 'Jaw clenching', group: 'motor', createdAt: T, retiredAt: null }],
    pins: [],
  };
}
