import type { PlanView } from '../../../api/plan-schemas.js';
import { WARNING_WORDS } from './messages.js';
import { planWords } from './plan-words.js';

type Warning = PlanView['warnings'][number];

const t = planWords.plan;
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
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-labelledby="warnings-heading" data-testid="plan-warnings">
      <h3 id="warnings-heading">{t.warningsHeading}</h3>
      <ul class="warnings__list">
        {orderWarnings(warnings).map((w) => (
          <li key={w.code} class="warning" data-code={w.code}>
            <p class="warning__message">{WARNING_WORDS[w.code].message}</p>
            {w.steps.length > 0 && <p class="warning__meta">{t.warningSteps(w.steps)}</p>}
            <p class="warning__meta">{t.warningSource(WARNING_WORDS[w.code].source)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
