import { useRef, useState } from 'preact/hooks';
import type { ApiFailure } from '../../../api/api-result.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { CutsSection } from './cuts-section.js';
import { RangeChoice, type RangeDays } from './range-choice.js';
import { ScoresSection } from './scores-section.js';
import { SleepSection } from './sleep-section.js';
import { SymptomSection } from './symptom-section.js';
import { TrendSection } from './trend-section.js';
import { useInsights, type Loaded } from './use-insights.js';
import { PhaseSources } from './phase-sources.js';
import { WhereAmI } from './where-am-i.js';
import { WinsSection } from './wins-section.js';

const OFFLINE_CODES = new Set(['network_error', 'timeout']);

/** Insights: where am I, the trends, how symptoms follow cuts, small wins. Loaded on first visit (d3 stays here). */
export function InsightsPage({ today }: { readonly today: string }) {
  const { t } = useI18n();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [days, setDays] = useState<RangeDays>(90);
  const [attempt, setAttempt] = useState(0);
  const load = useInsights(today, days, attempt);
  let body;
  if (load.state === 'loading') {
    body = (
      <p class="status" role="status">
        {t('insights.loading')}
      </p>
    );
  } else if (load.state === 'failed') {
    body = <LoadFailed error={load.error} onRetry={() => setAttempt((n) => n + 1)} />;
  } else {
    body = <InsightsSections loaded={load} />;
  }
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('insights.title')}
      </h1>
      <p>{t('insights.intro')}</p>
      <p>
        <a class="button" href="#/report" data-testid="report-link">
          {t('insights.reportLink')}
        </a>
      </p>
      <RangeChoice days={days} onChoose={setDays} />
      {body}
    </>
  );
}

function InsightsSections({ loaded }: { readonly loaded: Loaded }) {
  return (
    <>
      <WhereAmI phase={loaded.phase}>
        <PhaseSources phase={loaded.phase} />
      </WhereAmI>
      <TrendSection trends={loaded.trends} />
      <SymptomSection trends={loaded.trends} names={loaded.names} />
      <SleepSection trends={loaded.trends} />
      <ScoresSection trends={loaded.trends} />
      <CutsSection cuts={loaded.cuts} />
      <WinsSection wins={loaded.trends.wins} names={loaded.names} />
    </>
  );
}

/** Calm words for why nothing shows, and one button to ask again (it asks once however often it is tapped). */
function LoadFailed({ error, onRetry }: { readonly error: ApiFailure; readonly onRetry: () => void }) {
  const { t } = useI18n();
  const describeFailure = useDescribeFailure();
  const asked = useRef(false);
  const retry = () => {
    if (asked.current) return;
    asked.current = true;
    onRetry();
  };
  return (
    <div class="insights-section">
      <p class="status" role="alert" data-testid="insights-failed">
        {OFFLINE_CODES.has(error.code)
          ? t('insights.offline')
          : t('insights.failed', { reason: describeFailure(error) })}
      </p>
      <button type="button" class="button" onClick={retry}>
        {t('insights.retry')}
      </button>
    </div>
  );
}
