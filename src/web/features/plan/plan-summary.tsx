import type { PlanView } from '../../../api/plan-schemas.js';
import { CROSSOVER_TARGET_ID } from '../../../core/index.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly plan: PlanView;
  readonly nameOf: (id: string) => string;
  /** What the person chose to measure with: the form the plan's own adjustments are explained against. */
  readonly chosenFormName: string;
}

/** How long the plan takes, how it ends, its pace, and every change the planner made to keep that pace. */
export function PlanSummary({ plan, nameOf, chosenFormName }: Props) {
  const { t } = useI18n();
  const w = usePlanWords();
  const scale = nameOf(plan.doseScale);
  const lastStep = plan.steps[plan.steps.length - 1];
  return (
    <section class="stack panel" aria-labelledby="summary-heading" data-testid="plan-summary">
      <h3 id="summary-heading">{t('plan.summaryHeading')}</h3>
      <p>{w.plan.duration(plan.durationDays)}</p>
      {lastStep?.kind === 'stop' && (
        <p>{w.plan.finalStop(plan.finalStopLimitMg, scale, plan.doseScale === CROSSOVER_TARGET_ID)}</p>
      )}
      <p data-testid="plan-pace" data-pace={plan.pace}>
        {plan.pace === 'guideline' ? t('plan.paceGuidelineLine') : t('plan.paceFasterLine')}
      </p>
      {plan.adjustments.length > 0 && (
        <>
          <h4>{t('plan.adjustmentsHeading')}</h4>
          <ul class="stack" data-testid="plan-adjustments">
            {plan.adjustments.map((a) => (
              <li key={`${a.code}-${String(a.steps[0] ?? 0)}-${a.medicationId ?? ''}`} data-code={a.code}>
                {w.plan.adjustment({
                  code: a.code,
                  steps: a.steps,
                  form: a.form,
                  medicine: nameOf(a.medicationId ?? plan.doseScale),
                  chosenForm: chosenFormName,
                  faster: plan.pace === 'prescriber-faster',
                  homeMixture: a.homeMixture === true,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
