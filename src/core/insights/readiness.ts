/**
 * Ready, wait or hold, before each planned cut (from 3 days before it): the signals with their values and status, each
 * with its source, and a suggestion that is only ever a suggestion: the person chooses, the app never cuts or holds
 * on its own. JCPG 2025: monitor after each reduction and slow or pause when significant symptoms appear (no number
 * is given for "significant"); Ashton: the pace is the person's. The thresholds are the starting rule set of
 * shared/reference/insights.md, a design choice (docs/adr/0013-how-symptoms-follow-cuts.md):
 *  - hold: any red flag since the last cut; the burden still clearly above the pre-cut baseline; a questionnaire band
 *    that says to contact a clinician; a missed-dose risk since the last cut;
 *  - wait: under 14 days at the current dose by the cut; a rising 7-day trend; fewer than 5 of the last 7 days with a
 *    check-in; not enough check-ins to compare; a single missed day;
 *  - otherwise ready.
 */
import type { AdherenceDay, AdherenceRisk } from '../adherence.js';
import { addDays, daysBetween, toDayNumber, type CalendarDate } from '../calendar-date.js';
import { findInstrument } from '../instruments/registry.js';
import type { Plan } from '../plan/plan-types.js';
import { burdenSeries } from './burden.js';
import { preCutBaseline, SETTLE_TOLERANCE_MIN } from './cuts.js';
import { changesAround, cutsOf, doseChanges } from './dose-changes.js';
import { slope } from './stats.js';
import type { BurdenDay, DoseChange, InsightSourceId, RatedDay } from './types.js';

export const READINESS_FROM_DAYS = 3;
export const MIN_DAYS_AT_DOSE = 14;
export const RECENT_DAYS = 7;
export const MIN_RECENT_CHECKINS = 5;
/** Rising faster than this (points of burden a day over the last 7 days) is a caution. */
export const RISING_POINTS_PER_DAY = 1;
/** Without a last cut, red flags, questionnaires and missed doses are looked at over this many days. */
export const LOOKBACK_WITHOUT_CUT_DAYS = 28;

export type SignalCode =
  | 'days-since-last-cut'
  | 'burden-vs-baseline'
  | 'trend-7-days'
  | 'checkin-coverage'
  | 'questionnaire-band'
  | 'red-flags-since-last-cut'
  | 'missed-doses';
export type SignalStatus = 'ok' | 'caution' | 'stop';
export type Suggestion = 'ready' | 'wait' | 'hold';

export interface Signal {
  readonly code: SignalCode;
  /** A number (days, points, points a day, check-ins, count), a band id, or null when there is nothing to show. */
  readonly value: number | string | null;
  readonly status: SignalStatus;
  readonly source: InsightSourceId;
}

export interface QuestionnaireMark {
  readonly date: CalendarDate;
  readonly instrumentId: string;
  readonly score: number;
  readonly band: string | null;
  readonly contactClinician: boolean;
}

export interface RedFlagMark {
  readonly date: CalendarDate;
  readonly kind: string;
}

export interface ReadinessInput {
  readonly plan: Plan | null;
  readonly date: CalendarDate;
  readonly records: readonly RatedDay[];
  readonly questionnaires?: readonly QuestionnaireMark[];
  readonly redFlags?: readonly RedFlagMark[];
  /** From assessAdherence over at least the days since the last cut. */
  readonly adherence?: {
    readonly days: readonly Pick<AdherenceDay, 'date' | 'status'>[];
    readonly risks: readonly AdherenceRisk[];
  };
}

export interface Readiness {
  readonly nextCut: { readonly date: CalendarDate; readonly fromMg: number; readonly toMg: number } | null;
  /** Days from `date` to the next cut. */
  readonly daysToCut: number | null;
  /** Null when there is no plan or the next cut is more than 3 days away. */
  readonly suggestion: Suggestion | null;
  readonly signals: readonly Signal[];
}

/** Numbers to one decimal, as shown (and without a float's -0.000…01). */
const shown = (value: Signal['value']) => (typeof value === 'number' ? Math.round(value * 10) / 10 || 0 : value);

const signal = (code: SignalCode, value: Signal['value'], status: SignalStatus, source: InsightSourceId): Signal => ({
  code,
  value: shown(value),
  status,
  source,
});

function daysSignal(last: DoseChange | null, date: CalendarDate, daysToCut: number): Signal {
  if (!last) return signal('days-since-last-cut', null, 'ok', 'jcpg-2025');
  const since = daysBetween(last.date, date);
  // Judged by the days at this dose on the day the cut is planned for.
  return signal('days-since-last-cut', since, since + daysToCut >= MIN_DAYS_AT_DOSE ? 'ok' : 'caution', 'jcpg-2025');
}

function recentBurden(burden: readonly BurdenDay[], date: CalendarDate): BurdenDay[] {
  const from = addDays(date, 1 - RECENT_DAYS);
  return burden.filter((b) => b.date >= from && b.date <= date);
}

function burdenSignals(burden: readonly BurdenDay[], last: DoseChange | null, date: CalendarDate): Signal[] {
  const recent = recentBurden(burden, date);
  const coverage = signal(
    'checkin-coverage',
    recent.length,
    recent.length >= MIN_RECENT_CHECKINS ? 'ok' : 'caution',
    'design-choice',
  );
  const now = recent.length > 0 ? recent.reduce((a, b) => a + b.burden, 0) / recent.length : null;
  const baseline = last ? preCutBaseline(last.date, burden) : null;
  let vsBaseline: Signal;
  if (!last) vsBaseline = signal('burden-vs-baseline', null, 'ok', 'jcpg-2025');
  else if (now === null || baseline === null) vsBaseline = signal('burden-vs-baseline', null, 'caution', 'jcpg-2025');
  else {
    const above = now - baseline;
    vsBaseline = signal('burden-vs-baseline', above, above > SETTLE_TOLERANCE_MIN ? 'stop' : 'ok', 'jcpg-2025');
  }
  const rate = recent.length >= 4 ? slope(recent.map((b) => ({ x: toDayNumber(b.date), y: b.burden }))) : null;
  const trendStatus = rate === null || rate > RISING_POINTS_PER_DAY ? 'caution' : 'ok';
  return [vsBaseline, signal('trend-7-days', rate, trendStatus, 'jcpg-2025'), coverage];
}

/** On one day, a result that says to contact a clinician comes first; then by instrument id (order-free). */
const rank = (m: QuestionnaireMark) => `${m.contactClinician ? 0 : 1}${m.instrumentId}`;

function questionnaireSignal(marks: readonly QuestionnaireMark[], since: CalendarDate, date: CalendarDate): Signal {
  let latest: QuestionnaireMark | null = null;
  for (const m of marks) {
    if (m.date < since || m.date > date) continue;
    if (!latest || m.date > latest.date) latest = m;
    else if (m.date === latest.date && rank(m) < rank(latest)) latest = m;
  }
  if (!latest) return signal('questionnaire-band', null, 'ok', 'design-choice');
  const source = findInstrument(latest.instrumentId)?.sources[0] ?? 'design-choice';
  return signal('questionnaire-band', latest.band ?? latest.score, latest.contactClinician ? 'stop' : 'ok', source);
}

function missedSignal(adherence: ReadinessInput['adherence'], since: CalendarDate, date: CalendarDate): Signal {
  const inRange = (d: CalendarDate) => d >= since && d <= date;
  const missed = (adherence?.days ?? []).filter(
    (d) => inRange(d.date) && (d.status === 'missed' || d.status === 'much-less'),
  ).length;
  const risk = (adherence?.risks ?? []).some((r) => r.to >= since && r.from <= date);
  return signal('missed-doses', missed, risk ? 'stop' : missed > 0 ? 'caution' : 'ok', 'jcpg-2025');
}

function suggestionOf(signals: readonly Signal[]): Suggestion {
  if (signals.some((s) => s.status === 'stop')) return 'hold';
  return signals.some((s) => s.status === 'caution') ? 'wait' : 'ready';
}

export function readiness(input: ReadinessInput): Readiness {
  const { plan, date } = input;
  if (!plan) return { nextCut: null, daysToCut: null, suggestion: null, signals: [] };
  const cuts = cutsOf(doseChanges(plan));
  const { last, next } = changesAround(cuts, date);
  if (!next) return { nextCut: null, daysToCut: null, suggestion: null, signals: [] };
  const daysToCut = daysBetween(date, next.date);
  const since = last?.date ?? addDays(date, -LOOKBACK_WITHOUT_CUT_DAYS);
  const flags = (input.redFlags ?? []).filter((f) => f.date >= since && f.date <= date).length;
  const signals = [
    daysSignal(last, date, daysToCut),
    ...burdenSignals(burdenSeries(input.records), last, date),
    questionnaireSignal(input.questionnaires ?? [], since, date),
    signal('red-flags-since-last-cut', flags, flags > 0 ? 'stop' : 'ok', 'jcpg-2025'),
    missedSignal(input.adherence, since, date),
  ];
  return {
    nextCut: { date: next.date, fromMg: next.fromMg, toMg: next.toMg },
    daysToCut,
    suggestion: daysToCut <= READINESS_FROM_DAYS ? suggestionOf(signals) : null,
    signals,
  };
}
