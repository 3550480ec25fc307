import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PlanView } from '../../../api/plan-schemas.js';
import { toDayNumber, type CalendarDate } from '../../../core/index.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

const HEIGHT = 260;
/** Rough width of one character of the labels, in font sizes (digits and short month names). */
const CHAR_EM = 0.6;
/** Month-tick spacings tried in turn, in months, until the labels fit without touching. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

interface Size {
  readonly width: number;
  readonly fontPx: number;
}

interface Label {
  readonly x: number;
  readonly text: string;
}

/** A round step for the dose axis giving about three intervals: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(top: number): number {
  const raw = top / 3;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw * 10;
}

/** The first day of each month after `from` and before `to`, as calendar dates, with a running month number. */
function monthStarts(from: CalendarDate, to: CalendarDate): { readonly date: CalendarDate; readonly month: number }[] {
  const [y, m] = from.split('-').map(Number) as [number, number];
  const out: { date: CalendarDate; month: number }[] = [];
  for (let month = y * 12 + m; ; month++) {
    const date = `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    if (date >= to) break;
    if (date > from) out.push({ date, month });
  }
  return out;
}

/** Keeps the chart drawn at its real width, so its text stays at the page's size (never shrunk below 14 px). */
function useSize(): [{ current: HTMLDivElement | null }, Size] {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>({ width: 600, fontPx: 15 });
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const measure = () => {
      const width = Math.floor(el.clientWidth);
      const fontPx = Math.max(14, parseFloat(getComputedStyle(el).fontSize) || 15);
      if (width > 0) setSize((old) => (old.width === width && old.fontPx === fontPx ? old : { width, fontPx }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [box, size];
}

/**
 * The daily dose over time as a step line in plain SVG, with a dose axis (mg) and a date axis. Holds are
 * dashed; the switch to diazepam is shaded. One summary for screen readers; the table that follows has the
 * same data, step by step.
 */
export function PlanChart({ plan, scaleName }: { readonly plan: PlanView; readonly scaleName: string }) {
  const { t } = useI18n();
  const w = usePlanWords();
  const [box, { width, fontPx }] = useSize();
  const steps = plan.steps;
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) return null;

  const charPx = fontPx * CHAR_EM;
  const startDay = toDayNumber(first.start);
  const lastDay = toDayNumber(last.start);
  // The final step lasts; show a little of it.
  const endDay = lastDay + Math.max(7, Math.round((lastDay - startDay) * 0.06));
  const top = Math.max(...steps.map((s) => s.doseMg)) || 1;

  // Dose axis: 0, the top, and round values between them that leave room for their labels.
  const plotTop = Math.ceil(fontPx * 0.8);
  const plotBottom = HEIGHT - Math.ceil(fontPx * 2.4);
  const y = (mg: number) => plotTop + (1 - mg / top) * (plotBottom - plotTop);
  const step = niceStep(top);
  const yTicks = [0];
  for (let v = step; v < top; v += step) {
    if (y(v) - y(top) >= fontPx * 1.4) yTicks.push(Number(v.toFixed(3)));
  }
  yTicks.push(top);
  const yLabels = yTicks.map((v) => w.plan.mg(v));
  const left = Math.ceil(Math.max(...yLabels.map((l) => l.length)) * charPx) + 14;
  const right = width - 10;
  const x = (day: number) => left + ((day - startDay) / Math.max(1, endDay - startDay)) * (right - left);

  // Date axis: the first and last dates, and month ticks spaced so that no two labels touch.
  const gap = fontPx * 0.6;
  const box1 = (label: Label) => {
    const half = (label.text.length * charPx) / 2;
    const centre = Math.min(width - half - 2, Math.max(half + 2, label.x));
    return { from: centre - half, to: centre + half, centre };
  };
  const ends: Label[] = [{ x: x(startDay), text: w.plan.chartDate(first.start) }];
  if (last.start !== first.start) ends.push({ x: x(lastDay), text: w.plan.chartDate(last.start) });
  const endBoxes = ends.map(box1);
  const free = (b: { from: number; to: number }, others: readonly { from: number; to: number }[]) =>
    others.every((o) => b.to + gap <= o.from || o.to + gap <= b.from);
  const months = monthStarts(first.start, last.start);
  let monthLabels: Label[] = [];
  for (const every of MONTH_STEPS) {
    const chosen = months
      .filter((m) => m.month % every === 0)
      .map((m) => ({ x: x(toDayNumber(m.date)), text: w.plan.chartMonth(m.date) }));
    const boxes = chosen.map(box1);
    const spaced = boxes.every((b, i) => i === 0 || free(b, [boxes[i - 1] ?? b]));
    if (spaced) {
      monthLabels = chosen.filter((_, i) => free(boxes[i] ?? endBoxes[0] ?? { from: 0, to: 0 }, endBoxes));
      break;
    }
  }
  const xLabels = [...ends, ...monthLabels];

  // The line: solid while on a step, dashed for the days added by a hold; substitution stages shaded.
  let solid = '';
  let held = '';
  const point = (px: number, mg: number) => `${px.toFixed(1)},${y(mg).toFixed(1)}`;
  let previous: number | undefined;
  let holds = 0;
  for (const s of steps) {
    const from = x(toDayNumber(s.start));
    const to = x(s.end === null ? endDay : toDayNumber(s.end) + 1);
    if (previous !== undefined) solid += `M${point(from, previous)} L${point(from, s.doseMg)} `;
    if (s.holdDays > 0 && s.end !== null) {
      holds++;
      const holdFrom = x(toDayNumber(s.end) + 1 - s.holdDays);
      solid += `M${point(from, s.doseMg)} L${point(holdFrom, s.doseMg)} `;
      held += `M${point(holdFrom, s.doseMg)} L${point(to, s.doseMg)} `;
    } else {
      solid += `M${point(from, s.doseMg)} L${point(to, s.doseMg)} `;
    }
    previous = s.doseMg;
  }
  const switching = steps.filter((s) => s.kind === 'substitute');
  const switchFirst = switching[0];
  const switchLast = switching[switching.length - 1];
  const band =
    switchFirst && switchLast
      ? {
          from: x(toDayNumber(switchFirst.start)),
          to: x(switchLast.end === null ? endDay : toDayNumber(switchLast.end) + 1),
        }
      : undefined;
  const tickY = plotBottom + fontPx * 0.4;
  const labelY = plotBottom + fontPx * 1.65;

  return (
    <figure class="chart">
      <p class="chart__unit">{w.plan.chartUnit(scaleName)}</p>
      <div class="chart__plot" ref={box}>
        <svg
          class="chart__svg"
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-label={w.plan.chartLabel(steps, holds)}
          data-testid="plan-chart"
        >
          {band && (
            <rect
              class="chart__band"
              x={band.from}
              y={plotTop}
              width={Math.max(1, band.to - band.from)}
              height={plotBottom - plotTop}
            />
          )}
          {yTicks.map((v, i) => (
            <g key={`y${String(v)}`}>
              {i > 0 && <line class="chart__grid" x1={left} x2={right} y1={y(v)} y2={y(v)} />}
              <text class="chart__label" x={left - 8} y={y(v)} text-anchor="end" dominant-baseline="middle">
                {yLabels[i]}
              </text>
            </g>
          ))}
          <line class="chart__axis" x1={left} y1={plotBottom} x2={right} y2={plotBottom} />
          <line class="chart__axis" x1={left} y1={plotTop} x2={left} y2={plotBottom} />
          {xLabels.map((label) => (
            <g key={`x${label.text}`}>
              <line class="chart__axis" x1={label.x} x2={label.x} y1={plotBottom} y2={tickY} />
              <text class="chart__label" x={box1(label).centre} y={labelY} text-anchor="middle">
                {label.text}
              </text>
            </g>
          ))}
          <path class="chart__line" d={solid.trim()} />
          {held && <path class="chart__line chart__line--held" d={held.trim()} />}
        </svg>
      </div>
      {(band || holds > 0) && (
        <ul class="chart__legend">
          {band && (
            <li>
              <svg class="chart__swatch" viewBox="0 0 32 20" aria-hidden="true">
                <rect class="chart__band" x="0" y="0" width="32" height="20" />
              </svg>
              {t('plan.chartLegendSwitch')}
            </li>
          )}
          {holds > 0 && (
            <li>
              <svg class="chart__swatch" viewBox="0 0 32 20" aria-hidden="true">
                <path class="chart__line chart__line--held" d="M0,10 L32,10" />
              </svg>
              {t('plan.chartLegendHold')}
            </li>
          )}
        </ul>
      )}
    </figure>
  );
}
