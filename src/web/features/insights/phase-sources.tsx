import type { PhaseAnswer } from '../../../api/insight-schemas.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { SourceLinks } from '../sources/source-links.js';

/** Under "where you are now" on the Insights screen: the sources, the day windows it was read from, and the guidelines. */
export function PhaseSources({ phase }: { readonly phase: PhaseAnswer }) {
  const { t } = useI18n();
  const used = phase.windows.used;
  const long = phase.windows.longActing;
  return (
    <>
      <SourceLinks ids={phase.typical.sources} />
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
