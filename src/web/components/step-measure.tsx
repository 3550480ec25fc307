import type { PlanView } from '../../api/plan-schemas.js';
import { messages } from '../messages.js';

type Step = PlanView['steps'][number];
const t = messages.plan;

/** How to measure each dose of a step, per medicine and per time of day, in words. */
export function StepMeasure({ step, nameOf }: { readonly step: Step; readonly nameOf: (id: string) => string }) {
  const several = step.doses.length > 1;
  return (
    <div class="measure">
      {step.doses.map((dose) => (
        <div key={dose.medicationId}>
          {several && <p class="measure__medicine">{t.medicineLine(nameOf(dose.medicationId), dose.form, dose.mg)}</p>}
          {dose.times.length > 1 || several ? (
            <ul class="measure__times">
              {dose.times.map((time) => (
                <li key={time.label}>
                  <strong>{t.timeLine(time.label, time.mg)}</strong> {t.measure(time.realisation)}{' '}
                  {t.achieved(time.realisation)}
                </li>
              ))}
            </ul>
          ) : (
            <p>
              {t.measure(dose.times[0]?.realisation ?? dose.realisation)}{' '}
              {t.achieved(dose.times[0]?.realisation ?? dose.realisation)}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
