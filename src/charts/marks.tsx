import type { CalendarDate } from '../core/index.js';
import { HEIGHT, MARGIN, type TimeAxis } from './scales.js';

/** A stretch of days clearly better (window) or worse (wave) than the person's own recent baseline. */
export interface EpisodeMark {
  readonly kind: 'window' | 'wave';
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** A day with a red flag, a cut or a hold. */
export interface DayMark {
  readonly kind: 'red-flag' | 'cut' | 'hold';
  readonly date: CalendarDate;
}

const DAY = 1;

/** Windows and waves as faint bands behind the lines (drawn first). */
export function EpisodeBands({ axis, episodes }: { axis: TimeAxis; episodes: readonly EpisodeMark[] }) {
  return (
    <g aria-hidden="true">
      {episodes.map((e) => {
        const x = axis.x(e.from);
        const width = Math.max(2, axis.x(e.to) - x + DAY);
        return (
          <rect
            key={`${e.kind}-${e.from}`}
            class={`chart__episode chart__episode--${e.kind}`}
            x={x}
            y={MARGIN.top}
            width={width}
            height={HEIGHT - MARGIN.bottom - MARGIN.top}
          />
        );
      })}
    </g>
  );
}

/** Red flags, cuts and holds as thin vertical rules with a small shape at the top (not colour alone). */
export function DayRules({ axis, marks }: { axis: TimeAxis; marks: readonly DayMark[] }) {
  return (
    <g aria-hidden="true">
      {marks.map((m) => {
        const x = axis.x(m.date);
        return (
          <g key={`${m.kind}-${m.date}`} class={`chart__mark chart__mark--${m.kind}`}>
            <line x1={x} x2={x} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} />
            {m.kind === 'red-flag' ? (
              <path d={`M${x - 6},${MARGIN.top} L${x + 6},${MARGIN.top} L${x},${MARGIN.top + 10} Z`} />
            ) : (
              <rect x={x - 4} y={MARGIN.top} width={8} height={8} />
            )}
          </g>
        );
      })}
    </g>
  );
}

/** What happened on a day, for a table row ("Red flag", "Wave"…), from the caller's words. */
export function marksOn(
  date: CalendarDate,
  marks: { readonly days: readonly DayMark[]; readonly episodes: readonly EpisodeMark[] },
  words: Readonly<Record<DayMark['kind'] | EpisodeMark['kind'], string>>,
): string {
  const said = [
    ...marks.days.filter((m) => m.date === date).map((m) => words[m.kind]),
    ...marks.episodes.filter((e) => e.from <= date && date <= e.to).map((e) => words[e.kind]),
  ];
  return said.join(', ');
}
