import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { XAxis, YAxis } from './axes.js';
import { ChartFrame, type ChartWords } from './chart-frame.js';
import { HEIGHT, MARGIN, WIDTH, valueAxis } from './scales.js';

/** One day after a cut across the cuts with data that day: day 0 is the cut. */
export interface AlignedPoint {
  readonly day: number;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly n: number;
}

export interface AlignedChartWords extends ChartWords {
  readonly caption: string;
  readonly day: string;
  readonly median: string;
  readonly range: string;
  readonly cuts: string;
}

export interface AlignedChartProps {
  readonly id: string;
  readonly words: AlignedChartWords;
  readonly days: readonly AlignedPoint[];
  readonly format: { readonly day: (day: number) => string; readonly value: (n: number) => string };
}

export const ALIGNED_DAYS = 28;
const TICK_DAYS = [0, 14, 28];

/** The "modal day" chart: the median burden on each day after a cut, with the middle half of cuts as a band. */
export function AlignedChart({ id, words, days, format }: AlignedChartProps) {
  const x = scaleLinear()
    .domain([0, ALIGNED_DAYS])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = valueAxis(Math.max(100, ...days.map((d) => d.q3 ?? 0)));
  const known = (d: AlignedPoint) => d.median !== null && d.n > 0;
  const median = line<AlignedPoint>()
    .defined(known)
    .x((d) => x(d.day))
    .y((d) => y(d.median ?? 0))(days);
  const band = area<AlignedPoint>()
    .defined((d) => d.q1 !== null && d.q3 !== null)
    .x((d) => x(d.day))
    .y0((d) => y(d.q1 ?? 0))
    .y1((d) => y(d.q3 ?? 0))(days);
  const value = (v: number | null) => (v === null ? '–' : format.value(v));
  const rows = days.map((d) => [
    format.day(d.day),
    value(d.median),
    d.q1 === null || d.q3 === null ? '–' : `${format.value(d.q1)}–${format.value(d.q3)}`,
    String(d.n),
  ]);
  const table = { caption: words.caption, head: [words.day, words.median, words.range, words.cuts], rows };
  return (
    <ChartFrame id={id} words={words} table={table} size={{ width: WIDTH, height: HEIGHT }}>
      <YAxis y={y} format={format.value} />
      {band ? <path class="chart__band" d={band} /> : null}
      {median ? <path class="chart__line" d={median} /> : null}
      <line class="chart__mark chart__mark--cut" x1={x(0)} x2={x(0)} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} />
      <XAxis ticks={TICK_DAYS.map((d) => ({ at: x(d), label: format.day(d) }))} />
    </ChartFrame>
  );
}
