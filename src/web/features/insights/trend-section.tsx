import { DoseChart } from '../../charts/dose-chart.js';
import { LineChart } from '../../charts/line-chart.js';
import type { TrendsView } from '../../data/insight-views.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The names of the marks, from the catalogue. */
export function useMarkNames() {
  const { t } = useI18n();
  return {
    'red-flag': t('insights.mark.red-flag'),
    cut: t('insights.mark.cut'),
    hold: t('insights.mark.hold'),
    window: t('insights.mark.window'),
    wave: t('insights.mark.wave'),
  };
}

/** Burden with its 7-day mean, windows, waves and red flags; below it the planned and taken dose with cuts and holds. */
export function TrendSection({ trends }: { readonly trends: TrendsView }) {
  const { t, f } = useI18n();
  const markNames = useMarkNames();
  const range = { from: trends.from, to: trends.to };
  const span = { from: f.short(trends.from), to: f.short(trends.to) };
  const shared = {
    showTable: t('insights.showTable'),
    date: t('insights.date'),
    marks: t('insights.marks'),
    markNames,
  };
  const rated = trends.days.some((d) => d.burden !== null);
  return (
    <section class="card" aria-labelledby="insights-trend">
      <h2 id="insights-trend">{t('insights.trendHeading')}</h2>
      {rated ? (
        <LineChart
          id="insights-burden"
          words={{
            ...shared,
            title: t('insights.burdenTitle'),
            desc: t('insights.burdenDesc', span),
            caption: t('insights.burdenCaption'),
            value: t('insights.burden'),
            mean: t('insights.mean'),
          }}
          range={range}
          points={trends.days.map((d) => ({ date: d.date, value: d.burden, mean: d.mean }))}
          max={100}
          marks={{ days: trends.marks.filter((m) => m.kind === 'red-flag'), episodes: trends.episodes }}
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
        range={range}
        days={trends.days}
        marks={trends.marks}
        format={{ date: f.short, mg: f.mg }}
      />
    </section>
  );
}
