import { line } from 'd3-shape';
import type { CalendarDate } from '../core/index.js';
import { XAxis, YAxis } from './axes.js';
import { ChartFrame, type ChartWords } from './chart-frame.js';
import { HEIGHT, MARGIN, WIDTH, timeAxis, valueAxis } from './scales.js';

/** One questionnaire result: its total and, where the questionnaire has them, the band it falls in. */
export interface ScorePoint {
  readonly date: CalendarDate;
  readonly score: number;
  readonly band: string | null;
}

/** A score band drawn behind the results (min..max of the total), named for the table and the legend. */
export interface ScoreBand {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly label: string;
}

export interface ScoreChartWords extends ChartWords {
  readonly caption: string;
  readonly date: string;
  readonly score: string;
  readonly band: string;
}

export interface ScoreChartProps {
  readonly id: string;
  readonly words: ScoreChartWords;
  readonly range: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** The results, the highest possible total, and the bands (empty when none is validated). */
  readonly scores: {
    readonly points: readonly ScorePoint[];
    readonly max: number;
    readonly bands: readonly ScoreBand[];
  };
  readonly format: { readonly date: (d: CalendarDate) => string; readonly value: (n: number) => string };
}

/** Questionnaire totals as dots joined by a thin line, over faint alternating bands labelled at the right. */
export function ScoreChart({ id, words, range, scores, format }: ScoreChartProps) {
  const axis = timeAxis(range);
  const y = valueAxis(scores.max);
  const path = line<ScorePoint>()
    .x((p) => axis.x(p.date))
    .y((p) => y(p.score))(scores.points);
  const label = (band: string | null) => scores.bands.find((b) => b.id === band)?.label ?? '–';
  const rows = scores.points.map((p) => [format.date(p.date), format.value(p.score), label(p.band)]);
  const table = { caption: words.caption, head: [words.date, words.score, words.band], rows };
  return (
    <ChartFrame id={id} words={words} table={table} size={{ width: WIDTH, height: HEIGHT }}>
      <g aria-hidden="true">
        {scores.bands.map((b, i) => (
          <g key={b.id}>
            <rect
              class={`chart__score-band chart__score-band--${i % 2 === 0 ? 'even' : 'odd'}`}
              x={MARGIN.left}
              y={y(b.max)}
              width={WIDTH - MARGIN.left - MARGIN.right}
              height={Math.max(1, y(b.min) - y(b.max))}
            />
            {y(b.min) - y(b.max) >= 16 ? (
              <text class="chart__label" x={WIDTH - MARGIN.right - 4} y={y(b.max) + 15} text-anchor="end">
                {b.label}
              </text>
            ) : null}
          </g>
        ))}
      </g>
      <YAxis y={y} format={format.value} />
      {path && scores.points.length > 1 ? <path class="chart__line chart__line--thin" d={path} /> : null}
      <g class="chart__scores" aria-hidden="true">
        {scores.points.map((p) => (
          <circle key={p.date} cx={axis.x(p.date)} cy={y(p.score)} r={4} />
        ))}
      </g>
      <XAxis ticks={axis.ticks.map((d) => ({ at: axis.x(d), label: format.date(d) }))} />
    </ChartFrame>
  );
}
