import type { AdherenceView } from '../../../api/dose-schemas.js';
import type { RedFlagView } from '../../../api/schemas.js';
import { messages } from '../../messages.js';

interface Props {
  readonly adherence: AdherenceView;
  readonly supplyFlags: readonly RedFlagView[];
  readonly onRedFlag: (flag: RedFlagView) => void;
}

/** Missed or far-below-plan days, with what to do and the act-today flags (running out, missed doses). */
export function RiskPanel({ adherence, supplyFlags, onRedFlag }: Props) {
  const a = messages.adherence;
  return (
    <section class="warnings stack" aria-labelledby="risk-heading" data-testid="adherence-risks">
      <h2 id="risk-heading">{a.riskHeading(adherence.risks.map((r) => r.code))}</h2>
      {adherence.risks.map((risk) => (
        <div class="stack" key={`${risk.from}-${risk.to}`}>
          <p>
            {risk.code === 'far_below_plan'
              ? a.farBelowIntro(risk.days, risk.from, risk.to)
              : a.riskIntro(risk.days, risk.from, risk.to)}
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
          <p>{a.supplyHeading}</p>
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
