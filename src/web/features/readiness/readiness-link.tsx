import type { PlanView } from '../../../api/plan-schemas.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { wentAhead } from './go-ahead-store.js';
import { cutIsNear } from './plan-cuts.js';

/** Where the readiness view is: Today, at the view (the address names no screen of its own, so the app shows Today). */
export const READINESS_HASH = '#/readiness';

interface Props {
  readonly plan: PlanView;
  readonly today: string;
  /** Whose device memory says whether they chose to go ahead with this cut already. */
  readonly accountId: string;
}

/**
 * On the Plan screen, from three days before a cut: a way to the readiness view. Not once the person chose to go
 * ahead with that cut: the view is hidden on Today then, and a link to nothing would only puzzle.
 */
export function ReadinessLink({ plan, today, accountId }: Props) {
  const { t, f } = useI18n();
  const cut = cutIsNear(plan, today);
  if (!cut || wentAhead(accountId, cut.start)) return null;
  return (
    <p>
      <a class="button" href={READINESS_HASH} data-testid="readiness-link">
        {t('readiness.planLink', { date: f.weekday(cut.start) })}
      </a>
    </p>
  );
}
