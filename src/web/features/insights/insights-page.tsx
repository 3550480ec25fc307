import { useState } from 'preact/hooks';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { CutsSection } from './cuts-section.js';
import { RangeChoice, type RangeDays } from './range-choice.js';
import { TrendSection } from './trend-section.js';
import { useInsights } from './use-insights.js';
import { WhereAmI } from './where-am-i.js';
import { WinsSection } from './wins-section.js';

const OFFLINE_CODES = new Set(['network_error', 'timeout']);

/** Insights: where am I, the trend, how symptoms follow cuts, small wins. Loaded on first visit (d3 stays here). */
export function InsightsPage({ today }: { readonly today: string }) {
  const { t } = useI18n();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const describeFailure = useDescribeFailure();
  const [days, setDays] = useState<RangeDays>(90);
  const load = useInsights(today, days);
  let body;
  if (load.state === 'loading') {
    body = (
      <p class="status" role="status">
        {t('insights.loading')}
      </p>
    );
  } else if (load.state === 'failed') {
    body = (
      <p class="status" role="alert" data-testid="insights-failed">
        {OFFLINE_CODES.has(load.error.code)
          ? t('insights.offline')
          : t('insights.failed', { reason: describeFailure(load.error) })}
      </p>
    );
  } else {
    body = (
      <>
        <WhereAmI phase={load.phase} />
        <TrendSection trends={load.trends} />
        <CutsSection cuts={load.cuts} />
        <WinsSection wins={load.trends.wins} />
      </>
    );
  }
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('insights.title')}
      </h1>
      <p>{t('insights.intro')}</p>
      <RangeChoice days={days} onChoose={setDays} />
      {body}
    </>
  );
}
