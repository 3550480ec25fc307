import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context.js';
import { ScoresSection } from '../insights/scores-section.js';
import { TrendSection } from '../insights/trend-section.js';
import { useInsights } from '../insights/use-insights.js';

/**
 * The first page as the app shows it: the same insights the PDF is made from, in the Insights screen's own
 * sections and charts (the PDF embeds these very components), with the coverage the report states.
 */
export function ReportPreview({ today, days }: { readonly today: string; readonly days: number }) {
  const { t } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const load = useInsights(today, days, attempt);
  let body;
  if (load.state === 'loading') {
    body = (
      <p class="status" role="status">
        {t('report.loading')}
      </p>
    );
  } else if (load.state === 'failed') {
    body = (
      <>
        <p role="alert">{t('report.offline')}</p>
        <button type="button" class="button button--secondary" onClick={() => setAttempt((n) => n + 1)}>
          {t('report.retry')}
        </button>
      </>
    );
  } else {
    const checkins = new Set(load.trends.daily.map((d) => d.date)).size;
    body = (
      <>
        <p data-testid="report-coverage">
          {t('report.coverage', { checkins, days: t('insights.rangeDays', { count: days }) })}
        </p>
        <TrendSection trends={load.trends} />
        <ScoresSection trends={load.trends} />
      </>
    );
  }
  return (
    <section aria-labelledby="report-preview" class="report-preview">
      <h2 id="report-preview">{t('report.previewHeading')}</h2>
      {body}
    </section>
  );
}
