/**
 * Insights answers in the API's own shape (api/insight-schemas.ts), for the DOM tests: a clonazepam taper with a cut
 * every four weeks and symptoms that peak about six days after each one.
 */
import type { CutsAnswer, PhaseAnswer, TrendsAnswer } from '../../../api/insight-schemas.js';
import { addDays, daysBetween, rollingColumns } from '../../../core/index.js';

export const NO_PLAN_PHASE: PhaseAnswer = {
  date: '2026-12-03',
  phase: 'no-plan',
  day: null,
  change: null,
  typical: { code: 'no-plan', sources: [] },
  windows: { used: null, longActing: null },
};

export const PEAK_PHASE: PhaseAnswer = {
  date: '2026-12-03',
  phase: 'peak',
  day: 6,
  change: { date: '2026-11-28', fromMg: 1, toMg: 0.875, dateFrom: 'plan' },
  typical: { code: 'peak', sources: ['ashton-manual', 'jcpg-2025'] },
  windows: {
    used: {
      onset: [1, 4],
      peak: [5, 14],
      easing: [15, 28],
      basis: 'medication',
      halfLifeClass: 'long',
      status: 'secondary',
      sources: ['ashton-manual'],
    },
    longActing: { onsetDays: [3, 7], appearWithinDays: 7, sources: ['racgp'] },
  },
};

const CUT_EVERY = 28;
const wave = (dayAfterCut: number) => Math.exp(-((dayAfterCut - 6) ** 2) / 18);

/** `days` days ending `to`: the daily burden, a rolling mean per symptom and group, sleep, doses and marks. */
export function trendsOf(to: string, days: number): TrendsAnswer {
  const from = addDays(to, 1 - days);
  const dates = Array.from({ length: days }, (_, i) => addDays(from, i));
  const rated = dates.filter((_, i) => i % 9 !== 4);
  const at = (date: string) => daysBetween(from, date);
  const burdenOn = (date: string) => 20 + 25 * wave(at(date) % CUT_EVERY) + (at(date) % 5);
  const rolling = (scale: number) =>
    rollingColumns(rated.map((date) => ({ date, mean: burdenOn(date) * scale, days: 7 })));
  const cutDates = dates.filter((_, i) => i > 0 && i % CUT_EVERY === 0);
  const planned = (i: number) => Math.max(0, 2 - Math.floor(i / CUT_EVERY) * 0.125);
  return {
    from,
    to,
    daily: rated.map((date) => ({ date, burden: burdenOn(date) })),
    burden: rolling(1),
    groups: { motor: rolling(1.2), sensory: rolling(0.8) },
    symptoms: {
      'muscle-jerks': rolling(1.5),
      tinnitus: rolling(0.5),
      'pins-and-needles': rolling(0.9),
      anxiety: rolling(1.1),
    },
    sleep: rated.map((date) => ({ date, hours: 6 + (at(date) % 3) * 0.5 })),
    questionnaires:
      days > 60
        ? [{ date: addDays(from, 40), instrumentId: 'ciwa-b', score: 24, band: 'moderate', contactClinician: false }]
        : [],
    doses: dates.map((date, i) => ({ date, plannedMg: planned(i), takenMg: i % 13 === 0 ? null : planned(i) })),
    cuts: cutDates.map((date) => ({ date, fromMg: planned(at(date) - 1), toMg: planned(at(date)) })),
    holds: days > 60 ? [{ from: addDays(from, 44), to: addDays(from, 50), reason: 'a hard week at work' }] : [],
    redFlags: days > 60 ? [{ date: addDays(from, 43), source: 'event', code: 'fall-or-head-injury' }] : [],
    episodes: [
      { kind: 'wave', from: addDays(from, 33), to: addDays(from, 36), days: 4, baseline: 25, meanBurden: 45 },
      { kind: 'window', from: addDays(from, 50), to: addDays(from, 53), days: 4, baseline: 25, meanBurden: 12 },
    ],
    wins: [
      { code: 'first-day-without', symptomId: 'muscle-jerks', date: addDays(to, -2), afterDays: 12 },
      { code: 'best-week', from: addDays(to, -6), to, meanBurden: 18 },
    ],
  };
}

/** Nothing recorded in the range. */
export const emptyTrends = (to: string, days: number): TrendsAnswer => ({
  ...trendsOf(to, days),
  daily: [],
  burden: rollingColumns([]),
  groups: {},
  symptoms: {},
  sleep: [],
  questionnaires: [],
  doses: [],
  cuts: [],
  holds: [],
  redFlags: [],
  episodes: [],
  wins: [],
});

export const EMPTY_CUTS: CutsAnswer = { cuts: [], summary: null, aligned: [], cutsWithoutEnoughData: 0 };

export const FIVE_CUTS: CutsAnswer = {
  cuts: [1, 2, 3, 4, 5].map((k) => ({
    date: addDays('2026-06-01', k * CUT_EVERY),
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
    median: 22 + 18 * wave(day),
    q1: 16 + 14 * wave(day),
    q3: 28 + 22 * wave(day),
    n: day > 24 ? 4 : 5,
  })),
  cutsWithoutEnoughData: 0,
};
