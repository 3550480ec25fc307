import type { PhaseAnswer } from '../../../api/insight-schemas.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { SourceLinks } from '../sources/source-links.js';

/** The phase after the last dose change in plain words, with what is typical now and its sources. */
export function WhereAmI({ phase }: { readonly phase: PhaseAnswer }) {
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
      <SourceLinks ids={phase.typical.sources} />
    </section>
  );
}
