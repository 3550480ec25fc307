import type { PlanView } from '../../../api/plan-schemas.js';
import { CROSSOVER_TARGET_ID } from '../../../core/index.js';
import { planWords } from './plan-words.js';

const t = planWords.plan;

interface Props {
  readonly plan: PlanView;
  readonly nameOf: (id: string) => string;
  /** What the person chose to measure with: the form the plan's own adjustments are explained against. */
  readonly chosenFormName: string;
}

/** How long the plan takes, how it ends, its pace, and every change the planner made to keep that pace. */
export function PlanSummary({ plan, nameOf, chosenFormName }: Props) {
  const scale = nameOf(plan.doseScale);
  const lastStep = plan.steps[plan.steps.length - 1];
  return (
    <section class="stack panel" aria-labelledby="summary-heading" data-testid="plan-summary">
      <h3 id="summary-heading">{t.summaryHeading}</h3>
      <p>{t.duration(plan.durationDays)}</p>
      {lastStep?.kind === 'stop' && (
        <p>{t.finalStop(plan.finalStopLimitMg, scale, plan.doseScale === CROSSOVER_TARGET_ID)}</p>
      )}
      <p data-testid="plan-pace" data-pace={plan.pace}>
        {plan.pace === 'guideline' ? t.paceGuidelineLine : t.paceFasterLine}
      </p>
      {plan.adjustments.length > 0 && (
        <>
          <h4>{t.adjustmentsHeading}</h4>
          <ul class="stack" data-testid="plan-adjustments">
            {plan.adjustments.map((a) => (
              <li key={`${a.code}-${String(a.steps[0] ?? 0)}-${a.medicationId ?? ''}`} data-code={a.code}>
                {t.adjustment(
                  a.code,
                  a.steps,
                  a.form,
                  nameOf(a.medicationId ?? plan.doseScale),
                  chosenFormName,
                  plan.pace === 'prescriber-faster',
                  a.homeMixture === true,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
