/**
 * Benchmarks, printed as a table; run with `npm run bench` (it builds first). Goals are reported, not asserted:
 *  1. gzipped JavaScript the check-in screen loads, measured in Chromium, without a plan and with one saved (its
 *     panel and how to measure the dose load too) (goal: at most 50 KB);
 *  3. computing a two-year taper plan with realisation (goal: under 5 ms);
 *  4. every insight in core over 5 years × 30 symptoms of daily check-ins (goal: under 50 ms; bench/insights.ts);
 *  5. the full export of five years of daily records: reading it, and as JSON, CSV and FHIR (issue #12 §6; no goal
 *     set, reported; bench/export.ts);
 *  5. the doctor report PDF for a year of daily data (goal: under 1 s; bench/report.ts);
 *  2. PUT /api/v1/checkins/:date throughput against a bare Fastify route doing the same durable SQLite write, with
 *     autocannon on loopback (goal: at least 50 % of the bare route; bench/checkin-put.ts).
 */
import { planLengthDays, planTaper, type PlanInput } from '../src/core/index.js';
import { checkinScreenJs } from './checkin-screen.js';
import { exportBench } from './export.js';
import { measureCheckinPut } from './checkin-put.js';
import { insightsBench } from './insights.js';
import { reportBench } from './report.js';
import { slowestRequest } from './slowest-request.js';

const DURATION_SECONDS = 5;
const CONNECTIONS = 10;

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly goal: string;
  readonly met: boolean;
}

async function checkinThroughput(): Promise<Row[]> {
  const { echo, upsert, app, replay } = await measureCheckinPut(DURATION_SECONDS, CONNECTIONS);
  return [
    { measure: 'bare Fastify PUT, echo only (req/s)', value: echo.toFixed(0), goal: 'baseline', met: true },
    {
      measure: 'bare Fastify PUT, durable SQLite upsert (req/s)',
      value: upsert.toFixed(0),
      goal: 'baseline',
      met: true,
    },
    { measure: 'PUT /api/v1/checkins/:date, each an edit (req/s, SQLite)', value: app.toFixed(0), goal: '', met: true },
    {
      measure: 'check-in PUT vs durable upsert',
      value: `${((app / upsert) * 100).toFixed(0)} %`,
      goal: '≥ 50 %',
      met: app / upsert >= 0.5,
    },
    {
      measure: 'PUT replaying the stored day vs echo (CPU only)',
      value: `${((replay / echo) * 100).toFixed(0)} %`,
      goal: '',
      met: true,
    },
  ];
}

function twoYearPlan(): Row {
  // Clonazepam 2 mg/day as a home water mixture, 10% every 14 days, morning and night, to a 0.01 mg floor.
  const input: PlanInput = {
    medicationId: 'clonazepam',
    form: 'liquid',
    currentDoseMg: 2,
    startDate: '2027-01-04',
    strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
    endpointMg: 0,
    floorMg: 0.01,
    doseTimes: [
      { label: 'morning', share: 0.5 },
      { label: 'night', share: 0.5 },
    ],
    takenDailyOver4Weeks: true,
    syringeMl: 0.1,
  };
  const first = planTaper(input);
  if (!first.ok) throw new Error(first.error.code);
  const timings: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    planTaper(input);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)] ?? Infinity;
  const days = planLengthDays(first.value);
  return {
    measure: `plan: ${first.value.steps.length} steps over ${days} days (median of 200)`,
    value: `${median.toFixed(2)} ms`,
    goal: '< 5 ms',
    met: median < 5,
  };
}

const rows = [
  twoYearPlan(),
  insightsBench(),
  ...(await exportBench()),
  await reportBench(),
  await checkinScreenJs(false),
  await checkinScreenJs(true),
  ...(await checkinThroughput()),
  ...(await slowestRequest()),
];
const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(10)}  goal`);
for (const row of rows) {
  console.log(
    `${row.measure.padEnd(width)}  ${row.value.padStart(10)}  ${row.goal}${row.goal && row.goal !== 'baseline' ? (row.met ? '  met' : '  NOT MET') : ''}`,
  );
}
console.log(
  `\n(${CONNECTIONS} connections, ${DURATION_SECONDS} s per run, loopback; machine: ${process.arch}, Node ${process.version})`,
);
