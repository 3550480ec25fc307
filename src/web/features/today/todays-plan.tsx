import { useEffect, useState } from 'preact/hooks';
import type { MedicationView, PlanView } from '../../../api/plan-schemas.js';
import { useI18n, useWords } from '../../i18n/i18n-context.js';
import { stepDoseParts } from '../plan/plan-steps.js';
import { doseWords } from '../plan/measure-words.js';
import { StepMeasure } from '../plan/step-measure.js';
import { useTodayData } from './today-data.js';

type Step = PlanView['steps'][number];

interface Props {
  /** "Today's planned dose", or the earlier day's. */
  readonly heading: string;
  readonly plan: PlanView;
  /** The step in effect on the day shown; undefined before the plan starts. */
  readonly step: Step | undefined;
  /** The medicines list when the page already has it; otherwise the panel loads it. */
  readonly medications?: readonly MedicationView[] | undefined;
}

/** The medicines' real names, from the list passed in or loaded once; null while unknown. */
function useMedicationNames(given: readonly MedicationView[] | undefined): ReadonlyMap<string, string> | null {
  const data = useTodayData();
  const [loaded, setLoaded] = useState<readonly MedicationView[] | undefined>(undefined);
  useEffect(() => {
    if (given) return undefined;
    let live = true;
    void data.records.medications().then((result) => {
      if (live && result.ok) setLoaded(result.value.medications);
    });
    return () => {
      live = false;
    };
  }, [given === undefined]);
  const list = given ?? loaded;
  return list ? new Map(list.map((m) => [m.id, m.name])) : null;
}

/** A small panel at the top of Today: the planned dose for the day shown and how to measure it. */
export function TodaysPlan({ heading, plan, step, medications }: Props) {
  const i18n = useI18n();
  const { t, f } = i18n;
  const names = useMedicationNames(medications);
  const words = doseWords(i18n);
  // The dose and how to measure it speak with the plan's measuring words, which load with the first plan shown.
  const worded = useWords(['planMeasure']);
  // Until the list arrives (or if it cannot be loaded), the id stands in, capitalised.
  const nameOf = (id: string) => names?.get(id) ?? (id === '' ? id : id.charAt(0).toUpperCase() + id.slice(1));
  const first = plan.steps[0];
  const medicines = step ? step.doses.map((d) => d.medicationId) : [plan.medicationId];
  return (
    <section class="panel today-plan" aria-labelledby="today-plan-heading" data-testid="todays-plan">
      <h2 id="today-plan-heading">{heading}</h2>
      <p class="today-plan__medicine">
        {t('today.plan.medicines', { count: medicines.length, names: f.list(medicines.map(nameOf)) })}
      </p>
      {step && !worded ? null : step ? (
        <>
          <p class="today-plan__dose" data-testid="todays-dose">
            {words.dayDoses(stepDoseParts(step, nameOf))}
          </p>
          <p class="hint">
            {step.end === null
              ? t('today.plan.stepFrom', { number: step.index + 1, start: f.short(step.start) })
              : t('today.plan.stepUntil', { number: step.index + 1, end: f.short(step.end) })}
          </p>
          <StepMeasure step={step} nameOf={nameOf} />
        </>
      ) : (
        first && <p>{t('today.plan.notStarted', { start: f.long(first.start) })}</p>
      )}
      <p>
        <a class="jump-link" href="#/plan">
          {t('today.plan.open')}
        </a>
      </p>
    </section>
  );
}
