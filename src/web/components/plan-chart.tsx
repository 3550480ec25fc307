import type { PlanView } from '../../api/plan-schemas.js';
import { toDayNumber } from '../../core/calendar-date.js';
import { messages } from '../messages.js';

const t = messages.plan;
const WIDTH = 600;
const HEIGHT = 200;
const PAD = 6;

/**
 * The daily dose over time as a step line in plain SVG. One summary for screen readers; the
 * table that follows has the same data, step by step.
 */
export function PlanChart({ plan }: { readonly plan: PlanView }) {
  const steps = plan.steps;
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) return null;
  const startDay = toDayNumber(first.start);
  // The final step lasts; show it for as long as a typical step.
  const tail = Math.max(7, first.days ?? 14);
  const endDay = toDayNumber(last.start) + tail;
  const top = Math.max(...steps.map((s) => s.doseMg)) || 1;
  const x = (day: number) => PAD + ((day - startDay) / Math.max(1, endDay - startDay)) * (WIDTH - 2 * PAD);
  const y = (mg: number) => PAD + (1 - mg / top) * (HEIGHT - 2 * PAD);

  let path = '';
  steps.forEach((s, i) => {
    const from = x(toDayNumber(s.start));
    const to = x(s.end === null ? endDay : toDayNumber(s.end) + 1);
    path += `${i === 0 ? 'M' : 'L'}${from.toFixed(1)},${y(s.doseMg).toFixed(1)} L${to.toFixed(1)},${y(s.doseMg).toFixed(1)} `;
  });

  return (
    <figure class="chart">
      <p class="chart__top" aria-hidden="true">
        {t.chartTop(top)}
      </p>
      <svg
        class="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t.chartLabel(first.doseMg, last.doseMg, first.start, last.start, steps.length)}
        data-testid="plan-chart"
      >
        <line class="chart__axis" x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} />
        <line class="chart__axis" x1={PAD} y1={PAD} x2={PAD} y2={HEIGHT - PAD} />
        <path class="chart__line" d={path.trim()} />
      </svg>
      <div class="chart__dates" aria-hidden="true">
        <span>{t.chartDate(first.start)}</span>
        <span>{t.chartDate(last.start)}</span>
      </div>
    </figure>
  );
}
