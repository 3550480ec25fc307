import type { PlanView } from '../../../api/plan-schemas.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Warning = PlanView['warnings'][number];

/** The most serious first: these can change whether or how to start at all. */
const FIRST = ['specialist_first', 'too_fast', 'abrupt_stop'];

export function orderWarnings(warnings: readonly Warning[]): Warning[] {
  const rank = (w: Warning) => {
    const at = FIRST.indexOf(w.code);
    return at === -1 ? FIRST.length : at;
  };
  return [...warnings].sort((a, b) => rank(a) - rank(b));
}

/** Guardrail warnings in plain words, each with its source: calm, but not easy to miss. */
export function PlanWarnings({ warnings }: { readonly warnings: readonly Warning[] }) {
  const { t } = useI18n();
  const w = usePlanWords();
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-labelledby="warnings-heading" data-testid="plan-warnings">
      <h3 id="warnings-heading">{t('plan.warningsHeading')}</h3>
      <ul class="warnings__list">
        {orderWarnings(warnings).map((warning) => {
          const words = w.warning(warning.code);
          return (
            <li key={warning.code} class="warning" data-code={warning.code}>
              <p class="warning__message">{words.message}</p>
              {warning.steps.length > 0 && <p class="warning__meta">{w.plan.warningSteps(warning.steps)}</p>}
              <p class="warning__meta">{t('plan.warningSource', { source: words.source })}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
