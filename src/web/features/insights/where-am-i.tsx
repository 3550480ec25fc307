import type { ComponentChildren } from 'preact';
import type { PhaseAnswer } from '../../../api/insight-schemas.js';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * The phase after the last dose change in plain words: the day and what is typical now. Its sources and the day
 * windows go below it as `children` on the Insights screen; Today links there instead, to stay short.
 */
export function WhereAmI({ phase, children }: { readonly phase: PhaseAnswer; readonly children?: ComponentChildren }) {
  const { t, f } = useI18n();
  const change = phase.change;
  let dayLine = null;
  if (change && phase.day !== null) {
    dayLine =
      phase.phase === 'stopped'
        ? t('insights.stoppedDay', { day: phase.day, date: f.weekday(change.date) })
        : t('insights.phaseDay', {
            day: phase.day,
            mg: f.mg(change.toMg),
            fromMg: f.mg(change.fromMg),
            date: f.weekday(change.date),
          });
  }
  return (
    <section class="card insights-section" aria-labelledby="insights-where">
      <h2 id="insights-where">{t('insights.whereHeading')}</h2>
      {dayLine ? <p data-testid="insights-day">{dayLine}</p> : null}
      <p data-testid="insights-typical">{t(`insights.typical.${phase.typical.code}`)}</p>
      {children}
    </section>
  );
}

/** On Today: where the sources and the day windows are, one tap away. */
export function WhereAmIMore() {
  const { t } = useI18n();
  return (
    <p>
      <a class="button" href="#/insights" data-testid="insights-more">
        {t('insights.moreOnInsights')}
      </a>
    </p>
  );
}
