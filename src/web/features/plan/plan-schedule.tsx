import type { PlanView } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import { stepOn } from './plan-steps.js';
import { StepMeasure } from './step-measure.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Step = PlanView['steps'][number];

interface StepProps {
  readonly step: Step;
  readonly current: boolean;
  readonly nameOf: (id: string) => string;
}

/** One step as a card that reads top to bottom at 360 px: which step, when, the dose, and how to measure it (folded). */
function StepCard({ step, current, nameOf }: StepProps) {
  const { t } = useI18n();
  const w = usePlanWords();
  return (
    <li
      class={current ? 'step-card step-card--current' : 'step-card'}
      data-testid="plan-step"
      aria-current={current ? 'step' : undefined}
    >
      <h4 class="step-card__title">
        <span data-part="kind">{w.plan.stepNumber(step.index + 1, step.kind)}</span>
        {current && <span class="step-card__now">{t('plan.screen.currentMark')}</span>}
      </h4>
      <p class="step-card__dates">{w.plan.dates(step.start, step.end)}</p>
      {step.holdDays > 0 && <p class="hint">{w.plan.held(step.holdDays)}</p>}
      {step.addedDays > 0 && <p class="hint">{w.plan.addedDays(step.addedDays)}</p>}
      <p class="step-card__dose">
        {t('plan.screen.doseLabel')}: <strong data-part="dose">{w.plan.mg(step.doseMg)}</strong>
        {step.cutPercent !== 0 && (
          <span class="step-card__cut">
            {' · '}
            {t('plan.screen.cutLabel')}: {w.plan.cut(step.cutPercent)}
          </span>
        )}
      </p>
      {step.equivalence && (
        <p class="hint">{w.plan.equivalence(step.equivalence.exactMg, step.equivalence.changePercent)}</p>
      )}
      {/* Folded, so 40 steps stay a list one can scan; "Now" and "Next change" above show theirs open. */}
      <details class="more step-card__measure">
        <summary class="more__summary">{t('plan.screen.measureLabel')}</summary>
        <div class="more__body">
          <StepMeasure step={step} nameOf={nameOf} />
        </div>
      </details>
    </li>
  );
}

interface Props {
  readonly plan: PlanView;
  readonly today: CalendarDate;
  readonly nameOf: (id: string) => string;
}

/** Every step of the plan as cards (the accessible, complete view of the chart); steps already over are folded. */
export function PlanSchedule({ plan, today, nameOf }: Props) {
  const w = usePlanWords();
  const current = stepOn(plan, today);
  const past = plan.steps.filter((s) => s.end !== null && s.end < today);
  const coming = plan.steps.slice(past.length);
  const card = (step: Step) => (
    <StepCard key={step.index} step={step} current={step.index === current?.index} nameOf={nameOf} />
  );
  return (
    <div class="schedule" data-testid="plan-table">
      <p id="schedule-caption">{w.plan.scheduleCaption(plan.steps.length, nameOf(plan.doseScale))}</p>
      {past.length > 0 && (
        <details class="more past-steps" data-testid="past-steps">
          <summary class="more__summary">{w.screen.showPast(past.length)}</summary>
          <ol class="step-list">{past.map(card)}</ol>
        </details>
      )}
      <ol class="step-list" start={past.length + 1} aria-labelledby="schedule-caption">
        {coming.map(card)}
      </ol>
    </div>
  );
}
