import type { PlanView } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import { stepDoseParts, stepOn } from './plan-steps.js';
import { StepMeasure } from './step-measure.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Step = PlanView['steps'][number];
interface CardProps {
  readonly id: string;
  readonly heading: string;
  readonly step: Step;
  readonly total: number;
  readonly when: readonly string[];
  readonly nameOf: (id: string) => string;
}

function NowCard({ id, heading, step, total, when, nameOf }: CardProps) {
  const w = usePlanWords();
  return (
    <section class="stack panel now-card" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{heading}</h2>
      <p class="now-card__step">{w.screen.stepLabel(step.index + 1, total)}</p>
      {when.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p class="now-card__dose">{w.plan.dayDoses(stepDoseParts(step, nameOf))}</p>
      <StepMeasure step={step} nameOf={nameOf} />
    </section>
  );
}

interface Props {
  readonly plan: PlanView;
  readonly today: CalendarDate;
  readonly nameOf: (id: string) => string;
}

/** What to take now and what changes next: the first thing a person opening their plan wants to know. */
export function NowNext({ plan, today, nameOf }: Props) {
  const { t } = useI18n();
  const w = usePlanWords();
  const total = plan.steps.length;
  const current = stepOn(plan, today);
  const next = plan.steps.find((s) => s.start > today);
  return (
    <div class="stack now-next">
      {current && (
        <NowCard
          id="now-step"
          heading={t('plan.screen.nowHeading')}
          step={current}
          total={total}
          when={[w.screen.during(current.start, current.end)]}
          nameOf={nameOf}
        />
      )}
      {next ? (
        <NowCard
          id="next-step"
          heading={current ? t('plan.screen.nextHeading') : t('plan.screen.firstHeading')}
          step={next}
          total={total}
          when={[w.screen.from(next.start)]}
          nameOf={nameOf}
        />
      ) : (
        <p data-testid="next-step">{current?.end === null ? t('plan.screen.finalStep') : t('plan.screen.noNext')}</p>
      )}
    </div>
  );
}
