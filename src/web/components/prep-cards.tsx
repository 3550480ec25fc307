import type { PlanView } from '../../api/plan-schemas.js';
import { messages } from '../messages.js';
import { StepMeasure } from './step-measure.js';

const t = messages.plan;

const isHomeMixture = (step: PlanView['steps'][number]) =>
  step.doses.some((d) => d.realisation.method === 'water-titration' || d.times.some((time) => time.realisation.method === 'water-titration'));

/** One card per step, shown only when printing (see @media print in styles.css). */
export function PrepCards({ plan, nameOf }: { readonly plan: PlanView; readonly nameOf: (id: string) => string }) {
  return (
    <div class="print-only" data-testid="prep-cards">
      {plan.steps.map((step) => (
        <article class="prep-card" key={step.index}>
          <h2>{t.cardTitle(step.index + 1)}</h2>
          <p class="prep-card__dates">{t.dates(step.start, step.end)}</p>
          <p class="prep-card__dose">{t.cardDose(step.doseMg)}</p>
          <StepMeasure step={step} nameOf={nameOf} />
          {isHomeMixture(step) && <p class="prep-card__warning">{t.cardMixture}</p>}
          <p class="prep-card__note">{messages.educational}</p>
        </article>
      ))}
    </div>
  );
}
