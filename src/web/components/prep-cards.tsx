import type { PlanView } from '../../api/plan-schemas.js';
import type { CalendarDate } from '../../core/calendar-date.js';
import { messages } from '../messages.js';
import { stepDoseParts } from '../plan-form.js';
import { StepMeasure } from './step-measure.js';

const t = messages.plan;
type Step = PlanView['steps'][number];

const isHomeMixture = (step: Step) =>
  step.doses.some(
    (d) =>
      d.realisation.method === 'water-titration' ||
      d.times.some((time) => time.realisation.method === 'water-titration'),
  );

/** The steps to print: all of them, or only those not over yet (the final step always counts). */
export function printSteps(plan: PlanView, today: CalendarDate, all: boolean): readonly Step[] {
  return all ? plan.steps : plan.steps.filter((s) => s.end === null || s.end >= today);
}

/** One card per step, shown only when printing (see @media print in styles.css). */
export function PrepCards({
  steps,
  nameOf,
  pace,
}: {
  readonly steps: readonly Step[];
  readonly nameOf: (id: string) => string;
  readonly pace: PlanView['pace'];
}) {
  return (
    <div class="print-only" data-testid="prep-cards">
      {steps.map((step) => (
        <article class="prep-card" key={step.index}>
          <h2>{t.cardTitle(step.index + 1)}</h2>
          <p class="prep-card__dates">{t.dates(step.start, step.end)}</p>
          <p class="prep-card__dose">{t.dayDoses(stepDoseParts(step, nameOf))}</p>
          <StepMeasure step={step} nameOf={nameOf} />
          {isHomeMixture(step) && <p class="prep-card__warning">{t.cardMixture}</p>}
          {pace === 'prescriber-faster' && <p class="prep-card__warning">{t.cardFaster}</p>}
          <p class="prep-card__note">{messages.educational}</p>
        </article>
      ))}
    </div>
  );
}
