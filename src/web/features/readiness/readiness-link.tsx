import type { PlanView } from '../../../api/plan-schemas.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { cutIsNear } from './plan-cuts.js';

/** Where the readiness view is: Today, at the view (the address names no screen of its own, so the app shows Today). */
export const READINESS_HASH = '#/readiness';

/** On the Plan screen, from three days before a cut: a way to the readiness view. */
export function ReadinessLink({ plan, today }: { readonly plan: PlanView; readonly today: string }) {
  const { t, f } = useI18n();
  const cut = cutIsNear(plan, today);
  if (!cut) return null;
  return (
    <p>
      <a class="button" href={READINESS_HASH} data-testid="readiness-link">
        {t('readiness.planLink', { date: f.weekday(cut.start) })}
      </a>
    </p>
  );
}
