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
      <PhaseWindows windows={phase.windows} />
    </section>
  );
}

/** The day windows the phase was read from, and what guidelines give for long-acting medicines, with their sources. */
function PhaseWindows({ windows }: { readonly windows: PhaseAnswer['windows'] }) {
  const { t } = useI18n();
  const used = windows.used;
  const long = windows.longActing;
  return (
    <>
      {used ? (
        <p data-testid="insights-windows">
          {t('insights.windowsUsed', {
            onsetTo: used.onset[1],
            peakFrom: used.peak[0],
            peakTo: used.peak[1],
            easingFrom: used.easing[0],
            easingTo: used.easing[1],
          })}
        </p>
      ) : null}
      {used && long ? (
        <>
          <p data-testid="insights-long-acting">
            {t('insights.longActing', {
              from: long.onsetDays[0],
              to: long.onsetDays[1],
              within: long.appearWithinDays,
            })}
          </p>
          <SourceLinks ids={long.sources} />
        </>
      ) : null}
    </>
  );
}
