import type { PlanView } from '../../api/plan-schemas.js';
import { messages } from '../messages.js';
import { StepMeasure } from './step-measure.js';

type Step = PlanView['steps'][number];
const t = messages.todayPlan;

interface Props {
  readonly plan: PlanView;
  /** The step in effect today; undefined before the plan starts. */
  readonly step: Step | undefined;
  readonly nameOf: (id: string) => string;
}

/** A small panel at the top of Today: the planned dose for today and how to measure it. */
export function TodaysPlan({ plan, step, nameOf }: Props) {
  const first = plan.steps[0];
  return (
    <section class="panel today-plan" aria-labelledby="today-plan-heading" data-testid="todays-plan">
      <h2 id="today-plan-heading">{t.heading}</h2>
      {step ? (
        <>
          <p class="today-plan__dose">{messages.plan.cardDose(step.doseMg)}</p>
          <p class="hint">{t.step(step.index + 1, step.start, step.end)}</p>
          <StepMeasure step={step} nameOf={nameOf} />
        </>
      ) : (
        first && <p>{t.notStarted(first.start)}</p>
      )}
      <p>
        <a class="jump-link" href="#/plan">
          {t.openPlan}
        </a>
      </p>
    </section>
  );
}
