import type { AdherenceView } from '../../../api/dose-schemas.js';
import type { RedFlagView } from '../../../api/schemas.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly adherence: AdherenceView;
  readonly supplyFlags: readonly RedFlagView[];
  readonly onRedFlag: (flag: RedFlagView) => void;
}

/** Missed or far-below-plan days, with what to do and the act-today flags (running out, missed doses). */
export function RiskPanel({ adherence, supplyFlags, onRedFlag }: Props) {
  const { t, f } = useI18n();
  const codes = adherence.risks.map((r) => r.code);
  const heading = codes.every((c) => c === 'missed_days')
    ? t('history.risk.missedHeading')
    : codes.every((c) => c === 'far_below_plan')
      ? t('history.risk.farBelowHeading')
      : t('history.risk.heading');
  return (
    <section class="warnings stack" aria-labelledby="risk-heading" data-testid="adherence-risks">
      <h2 id="risk-heading">{heading}</h2>
      {adherence.risks.map((risk) => (
        <div class="stack" key={`${risk.from}-${risk.to}`}>
          <p>
            {risk.code !== 'far_below_plan'
              ? t('history.risk.missed', { days: risk.days, from: f.short(risk.from), to: f.short(risk.to) })
              : risk.days === 1
                ? t('history.risk.farBelowOne', { from: f.short(risk.from) })
                : t('history.risk.farBelow', { days: risk.days, from: f.short(risk.from), to: f.short(risk.to) })}
          </p>
          <ul>
            {risk.guidance.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      {supplyFlags.length > 0 && (
        <>
          <p>{t('history.risk.supplyHeading')}</p>
          <ul class="serious__list">
            {supplyFlags.map((flag) => (
              <li key={flag.kind}>
                <button type="button" class="button button--serious" onClick={() => onRedFlag(flag)}>
                  {flag.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
