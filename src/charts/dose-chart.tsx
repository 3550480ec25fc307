import { curveStepAfter, line } from 'd3-shape';
import type { CalendarDate } from '../core/index.js';
import { XAxis, YAxis } from './axes.js';
import { ChartFrame, type ChartWords } from './chart-frame.js';
import { DayRules, marksOn, type DayMark } from './marks.js';
import { HEIGHT, WIDTH, timeAxis, valueAxis } from './scales.js';

export interface DoseDay {
  readonly date: CalendarDate;
  /** The plan's daily dose in mg, or null before or without a plan. */
  readonly plannedMg: number | null;
  /** What was logged as taken that day in mg, or null when nothing was logged. */
  readonly takenMg: number | null;
}

export interface DoseChartWords extends ChartWords {
  readonly caption: string;
  readonly date: string;
  readonly planned: string;
  readonly taken: string;
  readonly marks: string;
  readonly markNames: Readonly<Record<DayMark['kind'] | 'window' | 'wave', string>>;
}

export interface DoseChartProps {
  readonly id: string;
  readonly words: DoseChartWords;
  readonly range: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly days: readonly DoseDay[];
  /** Cuts and holds (and red flags, if wanted) as rules. */
  readonly marks: readonly DayMark[];
  readonly format: { readonly date: (d: CalendarDate) => string; readonly mg: (n: number) => string };
}

/** The planned dose as a step line (it changes on a day and stays), the taken dose as a dashed step line. */
export function DoseChart({ id, words, range, days, marks, format }: DoseChartProps) {
  const axis = timeAxis(range);
  const top = Math.max(0, ...days.map((d) => Math.max(d.plannedMg ?? 0, d.takenMg ?? 0)));
  const y = valueAxis(top);
  const step = (pick: (d: DoseDay) => number | null) =>
    line<DoseDay>()
      .defined((d) => pick(d) !== null)
      .curve(curveStepAfter)
      .x((d) => axis.x(d.date))
      .y((d) => y(pick(d) ?? 0))(days);
  const planned = step((d) => d.plannedMg);
  const taken = step((d) => d.takenMg);
  const dash = (v: number | null) => (v === null ? '–' : format.mg(v));
  const all = { days: marks, episodes: [] };
  const rows = days.map((d) => [
    format.date(d.date),
    dash(d.plannedMg),
    dash(d.takenMg),
    marksOn(d.date, all, words.markNames),
  ]);
  const table = { caption: words.caption, head: [words.date, words.planned, words.taken, words.marks], rows };
  return (
    <ChartFrame id={id} words={words} table={table} size={{ width: WIDTH, height: HEIGHT }}>
      <YAxis y={y} format={format.mg} />
      {planned ? <path class="chart__line chart__line--planned" d={planned} /> : null}
      {taken ? <path class="chart__line chart__line--taken" d={taken} /> : null}
      <DayRules axis={axis} marks={marks} />
      <XAxis ticks={axis.ticks.map((d) => ({ at: axis.x(d), label: format.date(d) }))} />
    </ChartFrame>
  );
}
