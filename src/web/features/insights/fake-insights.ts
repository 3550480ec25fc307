/** Fake insights answers for tests and screenshots: a year of a clonazepam taper with a cut every four weeks. */
import { addDays } from '../../../core/index.js';
import type { CutsView, PhaseView, TrendsView } from '../../data/insight-views.js';

export const NO_PLAN_PHASE: PhaseView = {
  phase: 'no-plan',
  day: null,
  change: null,
  typical: { code: 'no-plan', sources: [] },
};

export const PEAK_PHASE: PhaseView = {
  phase: 'peak',
  day: 6,
  change: { date: '2026-11-28', fromMg: 1, toMg: 0.875 },
  typical: { code: 'peak', sources: ['ashton-manual', 'jcpg-2025'] },
};

export const EMPTY_CUTS: CutsView = { cuts: [], summary: null, aligned: [] };

/** Days from..to with a wave after each cut (cut every 28 days), a planned dose falling by 0.125 mg per cut. */
export function yearOfTrends(to: string, days = 365): TrendsView {
  const from = addDays(to, 1 - days);
  const list = Array.from({ length: days }, (_, i) => {
    const dayAfterCut = i % 28;
    const cuts = Math.floor(i / 28);
    const burden = i % 9 === 4 ? null : Math.round(20 + 25 * Math.exp(-((dayAfterCut - 6) ** 2) / 18) + (i % 5));
    const plannedMg = Math.max(0, 2 - cuts * 0.125);
    return {
      date: addDays(from, i),
      burden,
      mean: i < 6 ? null : 22 + (dayAfterCut % 10),
      plannedMg,
      takenMg: i % 13 === 0 ? null : plannedMg,
    };
  });
  return {
    from,
    to,
    days: list,
    marks: [
      ...list.filter((_, i) => i % 28 === 0 && i > 0).map((d) => ({ kind: 'cut' as const, date: d.date })),
      { kind: 'red-flag', date: addDays(from, 200) },
      { kind: 'hold', date: addDays(from, 210) },
    ],
    episodes: [
      { kind: 'wave', from: addDays(from, 33), to: addDays(from, 36) },
      { kind: 'window', from: addDays(from, 50), to: addDays(from, 53) },
    ],
    wins: [
      {
        code: 'first-day-without',
        symptomId: 'muscle-jerks',
        symptomName: 'muscle jerks',
        date: addDays(to, -2),
        afterDays: 12,
      },
      { code: 'best-week', from: addDays(to, -6), to, meanBurden: 18 },
    ],
  };
}

export const YEAR_OF_CUTS: CutsView = {
  cuts: [1, 2, 3, 4, 5].map((k) => ({
    date: addDays('2026-06-01', k * 28),
    fromMg: 2 - k * 0.125,
    toMg: 1.875 - k * 0.125,
    baseline: 22,
    peakDay: 5 + (k % 3),
    peak: 18,
    settledDay: k === 5 ? null : 12,
  })),
  summary: { peakDay: 6, settledDay: 12, cutsUsed: 5 },
  aligned: Array.from({ length: 29 }, (_, day) => ({
    day,
    median: 22 + 18 * Math.exp(-((day - 6) ** 2) / 18),
    q1: 16 + 14 * Math.exp(-((day - 6) ** 2) / 18),
    q3: 28 + 22 * Math.exp(-((day - 6) ** 2) / 18),
    n: day > 24 ? 4 : 5,
  })),
};
