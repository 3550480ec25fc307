/**
 * The trends answer laid out for the charts: one point per calendar day of the range, the marks each chart shows,
 * and which symptoms weigh most lately. Pure, so it is tested without a screen.
 */
import type { TrendsAnswer } from '../../../api/insight-schemas.js';
import { addDays, rollingMean, rollingPointsOf, type CalendarDate } from '../../../core/index.js';
import type { DailyPoint } from '../../../charts/line-chart.js';
import type { DayMark, EpisodeMark } from '../../../charts/marks.js';

type Rolling = TrendsAnswer['burden'];

/** Every date from..to. */
export function daysOf(range: { readonly from: CalendarDate; readonly to: CalendarDate }): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) days.push(d);
  return days;
}

const byDate = <T extends { readonly date: CalendarDate }>(list: readonly T[]) =>
  new Map(list.map((item) => [item.date, item] as const));
const meansOf = (series: Rolling) => byDate(rollingPointsOf(series));

/** The daily burden as dots and its 7-day mean as the line. */
export function burdenPoints(trends: TrendsAnswer): DailyPoint[] {
  const daily = byDate(trends.daily);
  const mean = meansOf(trends.burden);
  return daysOf(trends).map((date) => ({
    date,
    value: daily.get(date)?.burden ?? null,
    mean: mean.get(date)?.mean ?? null,
  }));
}

/** A rolling series (a symptom's, a group's) as a line alone. */
export function rollingPoints(trends: TrendsAnswer, series: Rolling): DailyPoint[] {
  const mean = meansOf(series);
  return daysOf(trends).map((date) => ({ date, value: null, mean: mean.get(date)?.mean ?? null }));
}

/** Hours slept as dots, with their own 7-day mean as the line. */
export function sleepPoints(trends: TrendsAnswer): DailyPoint[] {
  const known = trends.sleep.flatMap((s) => (s.hours === null ? [] : [{ date: s.date, burden: s.hours }]));
  const hours = new Map(known.map((s) => [s.date, s.burden] as const));
  const mean = byDate(rollingMean(known));
  return daysOf(trends).map((date) => ({ date, value: hours.get(date) ?? null, mean: mean.get(date)?.mean ?? null }));
}

/** One mark per red-flag day (several on one day read as one). */
export function redFlagMarks(trends: TrendsAnswer): DayMark[] {
  return [...new Set(trends.redFlags.map((r) => r.date))].map((date): DayMark => ({ kind: 'red-flag', date }));
}

/** Cuts and the first day of each hold as rules, and red flags, for the dose chart. */
export function doseMarks(trends: TrendsAnswer): DayMark[] {
  return [
    ...trends.cuts.map((c): DayMark => ({ kind: 'cut', date: c.date })),
    ...trends.holds.map((h): DayMark => ({ kind: 'hold', date: h.from < trends.from ? trends.from : h.from })),
    ...redFlagMarks(trends),
  ];
}

export const episodeMarks = (trends: TrendsAnswer): EpisodeMark[] =>
  trends.episodes.map((e) => ({ kind: e.kind, from: e.from, to: e.to }));

/** How many days back "lately" reaches when choosing the symptoms to show first. */
export const RECENT_DAYS = 14;

/** The `count` symptoms with the highest mean of their rolling means over the last RECENT_DAYS of the range. */
export function topSymptoms(trends: TrendsAnswer, count = 3): string[] {
  const since = addDays(trends.to, 1 - RECENT_DAYS);
  const scored = Object.entries(trends.symptoms).flatMap(([id, series]) => {
    const recent = rollingPointsOf(series).flatMap((p) => (p.date >= since && p.mean !== null ? [p.mean] : []));
    return recent.length === 0 ? [] : [{ id, score: recent.reduce((a, b) => a + b, 0) / recent.length }];
  });
  return scored
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, count)
    .map((s) => s.id);
}
