import type { MedicationView } from '../../../api/plan-schemas.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** A medicine's half-life and its diazepam equivalents, each with its source and how sure that source is. */
export function MedicationFacts({ medication }: { readonly medication: MedicationView }) {
  const { t } = useI18n();
  const w = usePlanWords();
  const halfLife = medication.halfLifeHours;
  return (
    <section class="stack" aria-labelledby="medication-facts-heading" data-testid="medication-facts">
      <h3 id="medication-facts-heading">{w.facts.heading(medication.name)}</h3>
      <div>
        <p>{w.facts.halfLife(halfLife.value.low, halfLife.value.high, halfLife.value.metaboliteHigh)}</p>
        <p class="hint">{t('plan.facts.halfLifeHint')}</p>
        <p class="hint">{w.facts.evidence(halfLife.status, halfLife.sources)}</p>
      </div>
      <div>
        <p>{t('plan.facts.equivalentsHeading')}</p>
        {medication.equivalents.length === 0 ? (
          <p class="hint">{t('plan.facts.noEquivalents')}</p>
        ) : (
          <ul>
            {medication.equivalents.map((e) => (
              <li key={e.table}>
                {w.facts.equivalent(e.table, e.mgLow, e.mgHigh)}
                <p class="hint">{w.facts.evidence(e.status, e.sources)}</p>
              </li>
            ))}
          </ul>
        )}
        <p class="hint">{t('plan.facts.equivalentsNote')}</p>
      </div>
    </section>
  );
}
