/**
 * Every insight in core over 5 years × 30 symptoms of daily check-ins (issue #11 §8; goal: under 50 ms): where am I,
 * trends (burden, per symptom and group, 7-day rolling), how symptoms follow cuts, windows and waves, small wins and
 * readiness, over a clonazepam plan of monthly 5 % cuts. Data are made by a fixed linear congruential generator,
 * so each run sees the same record. Part of `npm run bench`; alone: `npx tsx bench/insights.ts`.
 */
import { pathToFileURL } from 'node:url';
import {
  addDays,
  burdenSeries,
  cutsOf,
  doseChanges,
  followCuts,
  readiness,
  smallWins,
  SYMPTOM_CATALOGUE,
  trends,
  whereAmI,
  windowsAndWaves,
  type Plan,
  type RatedDay,
  type Severity,
} from '../src/core/index.js';
import { fixturePlan } from '../src/core/plan/__fixtures__/plan-input.js';
import type { BenchRow } from './slowest-request.js';

const YEARS = 5;
const DAYS = 365 * YEARS + 1;
const SYMPTOMS = 30;
const RUNS = 30;
const GOAL_MS = 50;
const START = '2027-01-04';

/** Clonazepam 2 mg as drops, 5 % every 28 days: about five years of monthly cuts. */
const fiveYearPlan = (): Plan =>
  fixturePlan({
    medicationId: 'clonazepam',
    form: 'drops',
    currentDoseMg: 2,
    startDate: START,
    strategy: { kind: 'proportional', percent: 5, intervalDays: 28 },
  });

/** Daily check-ins of 30 catalogue symptoms, worse for a fortnight after each 28-day cut, with noise. */
export function fiveYearsOfCheckins(): RatedDay[] {
  let seed = 20_261_202;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  // In code-unit order, as a stored day's ratings come.
  const ids = SYMPTOM_CATALOGUE.slice(0, SYMPTOMS)
    .map((s) => s.id)
    .sort();
  return Array.from({ length: DAYS }, (_, n) => {
    const sinceCut = n % 28;
    const bump = sinceCut < 14 ? 1.2 * Math.sin((Math.PI * sinceCut) / 14) : 0;
    return {
      date: addDays(START, n),
      severities: ids.map((symptomId) => ({
        symptomId,
        severity: Math.max(0, Math.min(3, Math.round(0.6 + bump + next() - 0.5))) as Severity,
      })),
    };
  });
}

function allInsights(plan: Plan, records: readonly RatedDay[], today: string) {
  const burden = burdenSeries(records);
  return [
    whereAmI({ plan, date: today }),
    trends(records),
    followCuts(cutsOf(doseChanges(plan)), burden),
    windowsAndWaves(records),
    smallWins({ records, asOf: today, since: START }),
    readiness({ plan, date: today, records }),
  ];
}

export function insightsBench(): BenchRow {
  const plan = fiveYearPlan();
  const records = fiveYearsOfCheckins();
  const today = addDays(START, DAYS - 1);
  allInsights(plan, records, today);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const used = process.cpuUsage();
    allInsights(plan, records, today);
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - started);
    cpu.push((user + system) / 1000);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Infinity;
  const wallMs = median(wall);
  // CPU time as well: on a shared machine the wall clock also counts the time other processes held the CPU.
  return {
    measure: `all insights, ${YEARS} years × ${SYMPTOMS} symptoms daily (median of ${RUNS}; CPU ${median(cpu).toFixed(1)} ms)`,
    value: `${wallMs.toFixed(1)} ms`,
    goal: `< ${GOAL_MS} ms`,
    met: wallMs < GOAL_MS,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const row = insightsBench();
  console.log(`${row.measure}: ${row.value} (goal ${row.goal}${row.met ? ', met' : ', NOT MET'})`);
}
