import type { MedicationView } from '../../../api/plan-schemas.js';
import { planWords } from './plan-words.js';

const t = planWords.medicationFacts;

/** A medicine's half-life and its diazepam equivalents, each with its source and how sure that source is. */
export function MedicationFacts({ medication }: { readonly medication: MedicationView }) {
  const halfLife = medication.halfLifeHours;
  return (
    <section class="stack" aria-labelledby="medication-facts-heading" data-testid="medication-facts">
      <h3 id="medication-facts-heading">{t.heading(medication.name)}</h3>
      <div>
        <p>{t.halfLife(halfLife.value.low, halfLife.value.high, halfLife.value.metaboliteHigh)}</p>
        <p class="hint">{t.halfLifeHint}</p>
        <p class="hint">{t.evidence(halfLife.status, halfLife.sources)}</p>
      </div>
      <div>
        <p>{t.equivalentsHeading}</p>
        {medication.equivalents.length === 0 ? (
          <p class="hint">{t.noEquivalents}</p>
        ) : (
          <ul>
            {medication.equivalents.map((e) => (
              <li key={e.table}>
                {t.equivalent(e.table, e.mgLow, e.mgHigh)}
                <p class="hint">{t.evidence(e.status, e.sources)}</p>
              </li>
            ))}
          </ul>
        )}
        <p class="hint">{t.equivalentsNote}</p>
      </div>
    </section>
  );
}
