import { area, line } from 'd3-shape';
import type { CalendarDate } from '../core/index.js';
import { XAxis, YAxis } from './axes.js';
import { ChartFrame, type ChartWords } from './chart-frame.js';
import { DayRules, EpisodeBands, marksOn, type DayMark, type EpisodeMark } from './marks.js';
import { HEIGHT, WIDTH, timeAxis, valueAxis } from './scales.js';

export interface DailyPoint {
  readonly date: CalendarDate;
  /** The day's value; null on a day without one (the line breaks there). */
  readonly value: number | null;
  /** The rolling mean ending that day, if any. */
  readonly mean?: number | null;
  /** An optional band around the mean (for example the interquartile range). */
  readonly low?: number | null;
  readonly high?: number | null;
}

export interface LineChartWords extends ChartWords {
  readonly caption: string;
  readonly date: string;
  readonly value: string;
  readonly mean: string;
  readonly marks: string;
  readonly markNames: Readonly<Record<DayMark['kind'] | EpisodeMark['kind'], string>>;
}

export interface LineChartProps {
  readonly id: string;
  readonly words: LineChartWords;
  readonly range: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly points: readonly DailyPoint[];
  /** Top of the value scale (100 for burden); the scale grows when a value is higher. */
  readonly max: number;
  readonly marks?: { readonly days: readonly DayMark[]; readonly episodes: readonly EpisodeMark[] };
  readonly format: { readonly date: (d: CalendarDate) => string; readonly value: (n: number) => string };
}

const NO_MARKS = { days: [], episodes: [] } as const;
const isNumber = (v: number | null | undefined): v is number => typeof v === 'number';

/** Daily values as small dots and the rolling mean as the line to read, with an optional band and marks. */
export function LineChart({ id, words, range, points, max, marks = NO_MARKS, format }: LineChartProps) {
  const axis = timeAxis(range);
  const top = Math.max(max, ...points.map((p) => Math.max(p.value ?? 0, p.high ?? 0)));
  const y = valueAxis(top);
  const x = (p: DailyPoint) => axis.x(p.date);
  const meanPath = line<DailyPoint>()
    .defined((p) => isNumber(p.mean))
    .x(x)
    .y((p) => y(p.mean ?? 0))(points);
  const bandPath = area<DailyPoint>()
    .defined((p) => isNumber(p.low) && isNumber(p.high))
    .x(x)
    .y0((p) => y(p.low ?? 0))
    .y1((p) => y(p.high ?? 0))(points);
  // A series of means alone (a symptom's, a group's) has no column of daily values.
  const daily = points.some((p) => isNumber(p.value));
  const cell = (v: number | null | undefined) => (isNumber(v) ? format.value(v) : '–');
  const rows = points.map((p) => [
    format.date(p.date),
    ...(daily ? [cell(p.value)] : []),
    cell(p.mean),
    marksOn(p.date, marks, words.markNames),
  ]);
  const head = [words.date, ...(daily ? [words.value] : []), words.mean, words.marks];
  const table = { caption: words.caption, head, rows };
  return (
    <ChartFrame id={id} words={words} table={table} size={{ width: WIDTH, height: HEIGHT }}>
      <EpisodeBands axis={axis} episodes={marks.episodes} />
      <YAxis y={y} format={format.value} />
      {bandPath ? <path class="chart__band" d={bandPath} /> : null}
      <g class="chart__dots" aria-hidden="true">
        {points
          .filter((p) => isNumber(p.value))
          .map((p) => (
            <circle key={p.date} cx={x(p)} cy={y(p.value ?? 0)} r={1.5} />
          ))}
      </g>
      {meanPath ? <path class="chart__line" d={meanPath} /> : null}
      <DayRules axis={axis} marks={marks.days} />
      <XAxis ticks={axis.ticks.map((d) => ({ at: axis.x(d), label: format.date(d) }))} />
    </ChartFrame>
  );
}
