import type { PlanView } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import { stepDoseParts } from './plan-steps.js';
import { doseDetails, doseTools } from './prep-equipment.js';
import { StepMeasure } from './step-measure.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

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

interface CardProps {
  readonly step: Step;
  readonly nameOf: (id: string) => string;
  readonly faster: boolean;
}

/** One step's card: the medicine, its strength, form and tools, the dates, the dose and how to measure it. */
function PrepCard({ step, nameOf, faster }: CardProps) {
  const { t } = useI18n();
  const w = usePlanWords();
  const tools = [...new Set(step.doses.flatMap((dose) => doseTools(w, dose)))];
  return (
    <article class="prep-card">
      <h2>{w.plan.cardTitle(step.index + 1)}</h2>
      {step.doses.map((dose) => (
        <p class="prep-card__medicine" key={dose.medicationId}>
          {w.card.medicine(nameOf(dose.medicationId), doseDetails(w, dose))}
        </p>
      ))}
      <p class="prep-card__dates">{w.plan.dates(step.start, step.end)}</p>
      <p class="prep-card__dose">{w.plan.dayDoses(stepDoseParts(step, nameOf))}</p>
      <StepMeasure step={step} nameOf={nameOf} />
      {tools.length > 0 && <p class="prep-card__tools">{w.card.tools(tools)}</p>}
      {isHomeMixture(step) && <p class="prep-card__warning">{t('plan.card.mixtureShort')}</p>}
      {faster && <p class="prep-card__warning">{t('plan.card.faster')}</p>}
      <p class="prep-card__note">{t('app.educational')}</p>
    </article>
  );
}

interface Props {
  readonly steps: readonly Step[];
  readonly nameOf: (id: string) => string;
  readonly pace: PlanView['pace'];
}

/** The cards, shown only when printing, several to an A4 page (see @media print in styles.css). */
export function PrepCards({ steps, nameOf, pace }: Props) {
  return (
    <div class="print-only prep-cards" data-testid="prep-cards">
      {steps.map((step) => (
        <PrepCard key={step.index} step={step} nameOf={nameOf} faster={pace === 'prescriber-faster'} />
      ))}
    </div>
  );
}
