import type { TrendsAnswer } from '../../../api/insight-schemas.js';
import { findInstrument, maxScore } from '../../../core/index.js';
import { ScoreChart } from '../../../charts/score-chart.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useChartWords, useSpan } from './chart-words.js';

const BAND_WORDS = {
  none: 'insights.band.none',
  mild: 'insights.band.mild',
  moderate: 'insights.band.moderate',
  severe: 'insights.band.severe',
  'very-severe': 'insights.band.very-severe',
} as const;

/** Questionnaire totals over time, one chart per questionnaire, over its published bands where it has them. */
export function ScoresSection({ trends }: { readonly trends: TrendsAnswer }) {
  const { t, f } = useI18n();
  const shared = useChartWords();
  const span = useSpan(trends);
  const ids = [...new Set(trends.questionnaires.map((q) => q.instrumentId))];
  return (
    <section class="card insights-section" aria-labelledby="insights-scores">
      <h2 id="insights-scores">{t('insights.scoresHeading')}</h2>
      {ids.length === 0 ? <p>{t('insights.scoresNone')}</p> : null}
      {ids.map((id) => {
        const instrument = findInstrument(id);
        const name = instrument?.shortName ?? id;
        const points = trends.questionnaires.filter((q) => q.instrumentId === id);
        const bands = (instrument?.bands ?? []).map((b) => ({
          ...b,
          label: Object.hasOwn(BAND_WORDS, b.id) ? t(BAND_WORDS[b.id as keyof typeof BAND_WORDS]) : b.id,
        }));
        const max = instrument ? maxScore(instrument) : Math.max(...points.map((p) => p.score));
        return (
          <ScoreChart
            key={id}
            id={`insights-scores-${id}`}
            words={{
              showTable: shared.showTable,
              date: shared.date,
              title: t('insights.scoresTitle', { name }),
              desc: t('insights.scoresDesc', { name, max, ...span }),
              caption: t('insights.scoresTitle', { name }),
              score: t('insights.score'),
              band: t('insights.band'),
            }}
            range={trends}
            scores={{ points, max, bands }}
            format={{ date: f.short, value: (n) => f.number(n) }}
          />
        );
      })}
    </section>
  );
}
