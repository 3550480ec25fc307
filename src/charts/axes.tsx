import type { ScaleLinear } from 'd3-scale';
import { HEIGHT, MARGIN, WIDTH } from './scales.js';

interface XProps {
  readonly ticks: readonly { readonly at: number; readonly label: string }[];
}

/** Tick labels under the plot; the first label starts at its tick and the last ends at it, so none is clipped. */
export function XAxis({ ticks }: XProps) {
  const y = HEIGHT - MARGIN.bottom;
  return (
    <g class="chart__axis" aria-hidden="true">
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y} y2={y} class="chart__rule" />
      {ticks.map((tick, i) => (
        <text
          key={i}
          x={tick.at}
          y={y + 22}
          text-anchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
          class="chart__label"
        >
          {tick.label}
        </text>
      ))}
    </g>
  );
}

interface YProps {
  readonly y: ScaleLinear<number, number>;
  readonly format: (value: number) => string;
}

/** Value labels at the left with faint grid lines. */
export function YAxis({ y, format }: YProps) {
  return (
    <g class="chart__axis" aria-hidden="true">
      {y.ticks(4).map((value) => (
        <g key={value}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} class="chart__grid" />
          <text x={MARGIN.left - 6} y={y(value) + 5} text-anchor="end" class="chart__label">
            {format(value)}
          </text>
        </g>
      ))}
    </g>
  );
}
