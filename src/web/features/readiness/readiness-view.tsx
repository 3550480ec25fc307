import type { SavedPlan } from '../../../api/plan-schemas.js';
import { UrgentHelpLink } from '../../components/urgent-help-link.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { HoldChoice } from './hold-choice.js';
import type { ReadinessData } from './readiness-data.js';
import { SignalList } from './signal-list.js';
import type { ReadinessLoad } from './use-readiness.js';

type Shown = Extract<ReadinessLoad, { state: 'shown' }>;

interface Props {
  readonly load: Shown;
  readonly data: Pick<ReadinessData, 'addHold'>;
  readonly on: { readonly goAhead: () => void; readonly held: (saved: SavedPlan, days: number) => void };
}

/**
 * Ready, wait or hold before a cut: the suggestion in words (never an instruction), every signal behind it, and the
 * person's two choices. The app never cuts or holds by itself: "Go ahead" changes nothing, "Hold" adds a hold.
 */
export function ReadinessView({ load, data, on }: Props) {
  const { t, f } = useI18n();
  const { answer, stepIndex } = load;
  const cut = answer.nextCut;
  const redFlag = answer.signals.some((s) => s.code === 'red-flags-since-last-cut' && s.status === 'stop');
  const suggestion = answer.suggestion ?? 'wait';
  return (
    <section class="card stack readiness" aria-labelledby="readiness-heading" data-testid="readiness">
      <h2 id="readiness-heading" tabIndex={-1}>
        {t('readiness.heading', { date: f.weekday(cut.date) })}
      </h2>
      <p>{t('readiness.intro', { fromMg: f.mg(cut.fromMg), toMg: f.mg(cut.toMg), days: answer.daysToCut ?? 0 })}</p>
      <p class={`readiness__suggestion readiness__suggestion--${suggestion}`} data-testid="readiness-suggestion">
        {t(`readiness.suggestion.${suggestion}`)}
      </p>
      {redFlag && (
        <div class="stack" data-testid="readiness-red-flag">
          <p>{t('readiness.redFlagNote')}</p>
          <p>
            <UrgentHelpLink label={t('readiness.urgentLink')} />
          </p>
        </div>
      )}
      <SignalList signals={answer.signals} />
      <h3>{t('readiness.choiceHeading')}</h3>
      <div class="stack">
        <button type="button" class="button" aria-describedby="readiness-go-ahead-hint" onClick={on.goAhead}>
          {t('readiness.goAhead')}
        </button>
        <p class="hint" id="readiness-go-ahead-hint">
          {t('readiness.goAheadHint')}
        </p>
      </div>
      {stepIndex !== undefined && <HoldChoice cut={{ date: cut.date, stepIndex }} data={data} onHeld={on.held} />}
    </section>
  );
}
