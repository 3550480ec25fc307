import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PhaseAnswer } from '../../../api/insight-schemas.js';
import type { ApiResult } from '../../../api/api-result.js';
import type { SavedPlan } from '../../../api/plan-schemas.js';
import type { Records } from '../../data/records.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n, useWords } from '../../i18n/i18n-context.js';
import { WhereAmI, WhereAmIMore } from '../insights/where-am-i.js';
import { rememberGoAhead, wentAhead } from './go-ahead-store.js';
import { nextCutStep } from './plan-cuts.js';
import { readinessDataOf } from './readiness-data.js';
import { READINESS_HASH } from './readiness-link.js';
import { useLazyPart } from '../../use-lazy-part.js';
import { useTodayInsights } from './use-readiness.js';

type Outcome =
  | { readonly kind: 'went-ahead'; readonly date: string }
  | { readonly kind: 'held'; readonly days: number; readonly nextCut: string | undefined };

export interface TodayInsightsProps {
  readonly records: Records;
  readonly day: { readonly today: string; readonly accountId: string };
  /** The phase answer when the caller has it already (Today's slot asks first, to know whether to load this). */
  readonly phase?: ApiResult<PhaseAnswer>;
}

function focusOutcome() {
  requestAnimationFrame(() => document.getElementById('readiness-outcome')?.focus());
}

/**
 * Today's "where am I" card and, from three days before a planned cut, the readiness view under it. Loaded after the
 * check-in form and never in its way: offline the card is simply not there, and the view says calmly that it needs a
 * connection.
 */
export function TodayInsights({ records, day, phase: known }: TodayInsightsProps) {
  const { today, accountId } = day;
  const { t, f } = useI18n();
  const describeFailure = useDescribeFailure();
  const data = useMemo(() => readinessDataOf(records), [records]);
  const { phase, readiness, reload } = useTodayInsights(data, { today, known });
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const shown = readiness.state === 'shown' && !wentAhead(accountId, readiness.answer.nextCut.date);
  // The view's code (signals, the hold's stepper) loads only when there is a cut to get ready for.
  const ReadinessView = useLazyPart(() => import('./readiness-view.js').then((m) => m.ReadinessView), shown);
  // Its words too, and the calm lines about it: nothing of readiness loads on a day with no cut near. While it is
  // still being looked up nothing is said (the card above is what Today is about).
  const speaks = readiness.state === 'shown' || readiness.state === 'offline' || readiness.state === 'failed';
  const worded = useWords(['readiness', 'planFields'], speaks);
  const visible = shown && ReadinessView !== undefined && worded;
  // Opened from the Plan screen's link: the view, once on screen, takes the focus.
  useEffect(() => {
    if (!visible || window.location.hash !== READINESS_HASH) return;
    const heading = document.getElementById('readiness-heading');
    heading?.scrollIntoView();
    heading?.focus();
  }, [visible]);

  function held(saved: SavedPlan, days: number) {
    setOutcome({ kind: 'held', days, nextCut: nextCutStep(saved.plan, today)?.start });
    reload();
    focusOutcome();
  }

  return (
    <div class="stack today-insights" data-testid="today-insights">
      {phase.state === 'loading' && (
        <p class="status" role="status">
          {t('readiness.cardLoading')}
        </p>
      )}
      {phase.state === 'shown' && (
        <WhereAmI phase={phase.phase}>
          <WhereAmIMore />
        </WhereAmI>
      )}
      {worded && readiness.state === 'offline' && <p class="notice">{t('readiness.offline')}</p>}
      {worded && readiness.state === 'failed' && (
        <p class="notice">{t('readiness.failed', { reason: describeFailure(readiness.error) })}</p>
      )}
      {visible && (
        <ReadinessView
          load={readiness}
          data={data}
          on={{
            goAhead: () => {
              rememberGoAhead(accountId, readiness.answer.nextCut.date);
              setOutcome({ kind: 'went-ahead', date: readiness.answer.nextCut.date });
              focusOutcome();
            },
            held,
          }}
        />
      )}
      {outcome && (
        <p class="notice" id="readiness-outcome" tabIndex={-1} role="status" data-testid="readiness-outcome">
          {outcome.kind === 'went-ahead'
            ? t('readiness.wentAhead', { date: f.weekday(outcome.date) })
            : outcome.nextCut
              ? t('readiness.held', { count: outcome.days, date: f.weekday(outcome.nextCut) })
              : t('readiness.heldNoCut', { count: outcome.days })}
        </p>
      )}
    </div>
  );
}
