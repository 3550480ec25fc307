import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import type { CheckinRecord, CheckinTag } from '../checkin.js';
import type { DayStatus } from '../adherence.js';
import { ratedDaysArb } from '../insights/__fixtures__/rated-days.js';
import { FOR_DOCTOR_TAG, reportModel, weeklyTop, type ReportInput, type ReportInsights } from './report-model.js';

const START = '2027-01-04';
const SPAN = 120;
const STATUSES: DayStatus[] = ['as-planned', 'less', 'much-less', 'more', 'missed', 'not-recorded', 'no-plan'];
const dateArb = fc.integer({ min: -20, max: SPAN + 20 }).map((d) => addDays(START, d));

const checkinsArb: fc.Arbitrary<CheckinRecord[]> = ratedDaysArb(START, SPAN).chain((days) =>
  fc.tuple(...days.map(() => fc.tuple(fc.boolean(), fc.constantFrom('', 'ask about sleep')))).map((extra) =>
    days.map((d, i) => {
      const [forDoctor, note] = extra[i] ?? [false, ''];
      const tags: CheckinTag[] = forDoctor ? [FOR_DOCTOR_TAG] : [];
      return { ...d, sleepMinutes: null, doseMicrograms: null, note, tags };
    }),
  ),
);

const insightsArb: fc.Arbitrary<ReportInsights> = fc.record({
  daily: fc.array(fc.record({ date: dateArb, burden: fc.double({ min: 0, max: 100, noNaN: true }) })),
  burden: fc.array(
    fc.record({ date: dateArb, mean: fc.option(fc.double({ min: 0, max: 100, noNaN: true })), days: fc.nat(7) }),
  ),
  doses: fc.array(fc.record({ date: dateArb, plannedMg: fc.option(fc.nat(10)), takenMg: fc.option(fc.nat(10)) })),
  cuts: fc.array(fc.record({ date: dateArb, fromMg: fc.constant(2), toMg: fc.constant(1) })),
  holds: fc.array(fc.tuple(dateArb, fc.nat(30)).map(([from, n]) => ({ from, to: addDays(from, n), reason: 'hold' }))),
  redFlags: fc.array(
    fc.record({
      date: dateArb,
      source: fc.constantFrom('event' as const, 'checkin' as const),
      code: fc.constant('seizure'),
    }),
  ),
  questionnaires: fc.array(
    fc.record({
      date: dateArb,
      instrumentId: fc.constant('ciwa-b'),
      score: fc.nat(80),
      band: fc.constant(null),
      contactClinician: fc.boolean(),
    }),
  ),
  cutResponse: fc.record({
    summary: fc.option(fc.record({ peakDay: fc.nat(28), settledDay: fc.option(fc.nat(56)), cutsUsed: fc.nat(9) })),
    cutsWithoutEnoughData: fc.nat(5),
  }),
  adherence: fc
    .uniqueArray(fc.integer({ min: -20, max: SPAN + 20 }))
    .chain((offsets) =>
      fc.tuple(
        ...offsets.map((o) => fc.constantFrom(...STATUSES).map((status) => ({ date: addDays(START, o), status }))),
      ),
    ),
});

const rangeArb = fc
  .tuple(fc.integer({ min: 0, max: SPAN - 1 }), fc.integer({ min: 0, max: SPAN - 1 }))
  .map(([a, b]) => ({ from: addDays(START, Math.min(a, b)), to: addDays(START, Math.max(a, b)) }));

const inputArb: fc.Arbitrary<ReportInput> = fc.record({
  range: rangeArb,
  plan: fc.constant(null),
  checkins: checkinsArb,
  insights: insightsArb,
});

describe('reportModel', () => {
  test.prop([inputArb])('counts no more check-in days than the period has days', (input) => {
    const m = reportModel(input);
    expect(m.coverage.days).toBe(daysBetween(input.range.from, input.range.to) + 1);
    expect(m.coverage.days).toBe(m.period.days);
    expect(m.coverage.checkinDays).toBeLessThanOrEqual(m.coverage.days);
    const inRange = input.checkins.filter((c) => c.date >= input.range.from && c.date <= input.range.to);
    expect(m.coverage.checkinDays).toBe(inRange.length);
  });

  test.prop([inputArb])('puts every dated thing inside the period', (input) => {
    const m = reportModel(input);
    const { from, to } = input.range;
    const inside = (d: CalendarDate) => d >= from && d <= to;
    const dates = [
      ...m.doses,
      ...m.cuts,
      ...m.burden.daily,
      ...m.burden.mean,
      ...m.questionnaires,
      ...m.redFlags,
      ...m.doctorNotes,
    ].map((x) => x.date);
    expect(dates.every(inside)).toBe(true);
    expect(m.holds.every((h) => inside(h.from) && inside(h.to) && h.from <= h.to)).toBe(true);
  });

  test.prop([inputArb])('lists red flags and questionnaires in date order, none lost inside the period', (input) => {
    const m = reportModel(input);
    const { from, to } = input.range;
    const sorted = (ds: string[]) => ds.every((d, i) => i === 0 || (ds[i - 1] ?? '') <= d);
    expect(sorted(m.redFlags.map((f) => f.date))).toBe(true);
    expect(sorted(m.questionnaires.map((q) => q.date))).toBe(true);
    expect(m.redFlags).toHaveLength(input.insights.redFlags.filter((f) => f.date >= from && f.date <= to).length);
  });

  test.prop([inputArb])(
    'splits the period into weeks that cover it once, each with at most three symptoms',
    (input) => {
      const m = reportModel(input);
      expect(m.weeks[0]?.from).toBe(input.range.from);
      expect(m.weeks[m.weeks.length - 1]?.to).toBe(input.range.to);
      for (const [i, w] of m.weeks.entries()) {
        expect(daysBetween(w.from, w.to)).toBeLessThan(7);
        if (i > 0) expect(w.from).toBe(addDays(m.weeks[i - 1]?.to ?? '', 1));
        expect(w.top.length).toBeLessThanOrEqual(3);
        expect(w.top.every((s, j) => j === 0 || (w.top[j - 1]?.mean ?? 0) >= s.mean)).toBe(true);
      }
      expect(m.weeks.reduce((n, w) => n + w.checkinDays, 0)).toBe(m.coverage.checkinDays);
    },
  );

  test.prop([inputArb])('counts each adherence day of the period once', (input) => {
    const m = reportModel(input);
    const total = Object.values(m.adherence.counts).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(m.period.days);
    expect(m.adherence.plannedDays).toBe(total - m.adherence.counts['no-plan']);
  });

  test.prop([inputArb])('keeps only notes marked for the doctor, and says why a cut summary is missing', (input) => {
    const m = reportModel(input);
    const marked = input.checkins.filter(
      (c) => c.tags.includes(FOR_DOCTOR_TAG) && c.note !== '' && c.date >= input.range.from && c.date <= input.range.to,
    );
    expect(m.doctorNotes.map((n) => n.date).sort()).toEqual(marked.map((c) => c.date).sort());
    const expected = input.insights.cutResponse.summary
      ? 'summary'
      : m.cuts.length === 0
        ? 'no-cuts'
        : 'not-enough-data';
    expect(m.cutResponse.code).toBe(expected);
  });
});

describe('weeklyTop', () => {
  it('ranks a week by mean severity over the days that rated each symptom, leaving out symptoms never felt', () => {
    const c = (date: string, ratings: Record<string, 0 | 1 | 2 | 3>): CheckinRecord => ({
      date,
      severities: Object.entries(ratings).map(([symptomId, severity]) => ({ symptomId, severity })),
      sleepMinutes: null,
      doseMicrograms: null,
      note: '',
      tags: [],
    });
    const weeks = weeklyTop({ from: '2027-01-01', to: '2027-01-09' }, [
      c('2027-01-01', { insomnia: 3, anxiety: 1, tinnitus: 0 }),
      c('2027-01-02', { insomnia: 1, anxiety: 2 }),
      c('2027-01-08', { tinnitus: 2 }),
    ]);
    expect(weeks).toEqual([
      {
        from: '2027-01-01',
        to: '2027-01-07',
        checkinDays: 2,
        top: [
          { symptomId: 'insomnia', mean: 2, days: 2 },
          { symptomId: 'anxiety', mean: 1.5, days: 2 },
        ],
      },
      { from: '2027-01-08', to: '2027-01-09', checkinDays: 1, top: [{ symptomId: 'tinnitus', mean: 2, days: 1 }] },
    ]);
  });
});
