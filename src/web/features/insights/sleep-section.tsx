import type { TrendsAnswer } from '../../../api/insight-schemas.js';
import { LineChart } from '../../../charts/line-chart.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLineWords, useSpan } from './chart-words.js';
import { sleepPoints } from './trend-view.js';

/** A scale of 10 hours, so an ordinary night sits in the middle; it grows for a longer one. */
const SLEEP_SCALE_HOURS = 10;

/** Hours slept each night as dots, with their 7-day mean as the line. */
export function SleepSection({ trends }: { readonly trends: TrendsAnswer }) {
  const { t, f } = useI18n();
  const lineWords = useLineWords();
  const span = useSpan(trends);
  const known = trends.sleep.some((s) => s.hours !== null);
  return (
    <section class="card insights-section" aria-labelledby="insights-sleep">
      <h2 id="insights-sleep">{t('insights.sleepHeading')}</h2>
      {known ? (
        <LineChart
          id="insights-sleep-chart"
          words={lineWords({
            title: t('insights.sleepTitle'),
            desc: t('insights.sleepDesc', span),
            caption: t('insights.sleepCaption'),
            value: t('insights.hours'),
          })}
          range={trends}
          points={sleepPoints(trends)}
          max={SLEEP_SCALE_HOURS}
          format={{ date: f.short, value: (n) => f.number(Math.round(n * 4) / 4) }}
        />
      ) : (
        <p>{t('insights.sleepNone')}</p>
      )}
    </section>
  );
}
