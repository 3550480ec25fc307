import type { PlanView } from '../../../api/plan-schemas.js';
import { messages } from '../../messages.js';
import { accuracyText, measureLines } from './messages.js';

type Step = PlanView['steps'][number];
type Realisation = Step['doses'][number]['realisation'];
const t = messages.plan;

/** One dose's instructions: a single sentence, or short numbered steps for a home mixture. */
function Instructions({ realisation }: { readonly realisation: Realisation }) {
  const lines = measureLines(realisation);
  const accuracy = accuracyText(realisation);
  return (
    <>
      {lines.length === 1 ? (
        <p>{lines[0]}</p>
      ) : (
        <ol class="measure__steps">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      )}
      {accuracy !== '' && <p class="hint">{accuracy}</p>}
    </>
  );
}

/** How to measure each dose of a step, per medicine and per time of day, naming the amount and the tool. */
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
                  <strong>{t.timeLine(time.label, time.mg)}</strong>
                  <Instructions realisation={time.realisation} />
                </li>
              ))}
            </ul>
          ) : (
            <Instructions realisation={dose.times[0]?.realisation ?? dose.realisation} />
          )}
        </div>
      ))}
    </div>
  );
}
