import type { TrendsAnswer } from '../../../api/insight-schemas.js';
import { PAUSE_HOLD_REASON } from '../../../core/index.js';
import { DoseChart } from '../../../charts/dose-chart.js';
import { LineChart } from '../../../charts/line-chart.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useChartWords, useLineWords, useSpan } from './chart-words.js';
import { burdenPoints, doseMarks, episodeMarks, redFlagMarks } from './trend-view.js';

/** Burden with its 7-day mean, windows, waves and red flags; below it the planned and taken dose with cuts and holds. */
export function TrendSection({ trends }: { readonly trends: TrendsAnswer }) {
  const { t, f } = useI18n();
  const shared = useChartWords();
  const lineWords = useLineWords();
  const span = useSpan(trends);
  return (
    <section class="card insights-section" aria-labelledby="insights-trend">
      <h2 id="insights-trend">{t('insights.trendHeading')}</h2>
      {trends.daily.length > 0 ? (
        <LineChart
          id="insights-burden"
          words={lineWords({
            title: t('insights.burdenTitle'),
            desc: t('insights.burdenDesc', span),
            caption: t('insights.burdenCaption'),
            value: t('insights.burden'),
          })}
          range={trends}
          points={burdenPoints(trends)}
          max={100}
          marks={{ days: redFlagMarks(trends), episodes: episodeMarks(trends) }}
          format={{ date: f.short, value: (n) => f.number(Math.round(n)) }}
        />
      ) : (
        <p>{t('insights.noDays')}</p>
      )}
      <DoseChart
        id="insights-dose"
        words={{
          ...shared,
          title: t('insights.doseTitle'),
          desc: t('insights.doseDesc', span),
          caption: t('insights.doseCaption'),
          planned: t('insights.planned'),
          taken: t('insights.taken'),
        }}
        range={trends}
        days={trends.doses}
        marks={doseMarks(trends)}
        format={{ date: f.short, mg: f.mg }}
      />
      <HoldList holds={trends.holds} />
    </section>
  );
}

/** Each hold in the range with why it was made: the person's own words, or that a serious event paused the plan. */
function HoldList({ holds }: { readonly holds: TrendsAnswer['holds'] }) {
  const { t, f } = useI18n();
  if (holds.length === 0) return null;
  const why = (reason: string) =>
    reason === PAUSE_HOLD_REASON ? t('insights.holdPaused') : reason === 'hold' ? null : reason;
  return (
    <>
      <h3>{t('insights.holdsHeading')}</h3>
      <ul class="insights-list" data-testid="insights-holds">
        {holds.map((h) => {
          const reason = why(h.reason);
          const days = t('insights.holdDays', { from: f.short(h.from), to: f.short(h.to) });
          return <li key={h.from}>{reason ? t('insights.holdWithReason', { days, reason }) : days}</li>;
        })}
      </ul>
    </>
  );
}
