import type { PlanView } from '../../api/plan-schemas.js';
import { messages } from '../messages.js';
import { StepMeasure } from './step-measure.js';

const t = messages.plan;

/** Every step of the plan as a table: the accessible, complete view of the chart. */
export function PlanTable({ plan, nameOf }: { readonly plan: PlanView; readonly nameOf: (id: string) => string }) {
  return (
    <div class="table-wrap" role="region" aria-labelledby="schedule-caption" tabIndex={0}>
      <table class="plan-table" data-testid="plan-table">
        <caption id="schedule-caption">{t.scheduleCaption(plan.steps.length, nameOf(plan.doseScale))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colStep}</th>
            <th scope="col">{t.colDates}</th>
            <th scope="col">{t.colDose}</th>
            <th scope="col">{t.colCut}</th>
            <th scope="col">{t.colMeasure}</th>
          </tr>
        </thead>
        <tbody>
          {plan.steps.map((step) => (
            <tr key={step.index}>
              <th scope="row">{t.stepNumber(step.index + 1, step.kind)}</th>
              <td data-label={t.colDates}>
                {t.dates(step.start, step.end)}
                {step.holdDays > 0 && <p class="hint">{t.held(step.holdDays)}</p>}
                {step.addedDays > 0 && <p class="hint">{t.addedDays(step.addedDays)}</p>}
              </td>
              <td class="plan-table__dose" data-label={t.colDose}>
                {t.mg(step.doseMg)}
              </td>
              <td data-label={t.colCut}>{t.cut(step.cutPercent)}</td>
              <td data-label={t.colMeasure}>
                <StepMeasure step={step} nameOf={nameOf} />
                {step.equivalence && (
                  <p class="hint">{t.equivalence(step.equivalence.exactMg, step.equivalence.changePercent)}</p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
