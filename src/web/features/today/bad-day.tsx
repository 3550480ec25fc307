import { useState } from 'preact/hooks';
import { ChoiceButtons } from '../../components/choice-buttons.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** How the day is, in the person's own rough words. */
export type Overall = 'bearable' | 'hard' | 'very-hard' | 'worst';

const OVERALLS: readonly Overall[] = ['bearable', 'hard', 'very-hard', 'worst'];

interface Props {
  /** The day's planned dose in words (each medicine during a switch); undefined without a plan step, or once logged. */
  readonly askDose: string | undefined;
  readonly doseAlreadyLogged: boolean;
  readonly status: string;
  readonly on: { readonly save: (overall: Overall, tookPlanned: boolean) => void; readonly back: () => void };
}

/**
 * The minimal check-in for a bad day, in the three taps its button promises: that button, how the day is, and
 * Save (which also answers whether the planned dose was taken, when there is one). Nothing is invented.
 */
export function BadDay({ askDose, doseAlreadyLogged, status, on }: Props) {
  const { t } = useI18n();
  const [overall, setOverall] = useState<Overall | undefined>(undefined);
  const [problem, setProblem] = useState('');

  function save(tookPlanned: boolean) {
    if (!overall) {
      setProblem(t('today.badDay.chooseFirst'));
      document.querySelector<HTMLButtonElement>('#bad-day-overall button')?.focus();
      return;
    }
    setProblem('');
    on.save(overall, tookPlanned);
  }

  return (
    <div class="stack" data-testid="bad-day">
      <p>{t('today.badDay.intro')}</p>
      <section class="stack" aria-labelledby="bad-day-overall-heading">
        <h2 id="bad-day-overall-heading">{t('today.badDay.overallLegend')}</h2>
        <ChoiceButtons
          question={{ labelledBy: 'bad-day-overall-heading' }}
          choices={OVERALLS.map((o) => ({ value: o, label: t(`today.badDay.overall.${o}`) }))}
          chosen={overall}
          onChoose={setOverall}
          look={{ big: true, id: 'bad-day-overall' }}
        />
      </section>
      {doseAlreadyLogged && <p>{t('today.badDay.alreadyLogged')}</p>}
      {problem && <p class="field__error">{problem}</p>}
      <div class="stack">
        {askDose === undefined ? (
          <button type="button" class="button button--primary big-choice" onClick={() => save(false)}>
            {t('today.badDay.save')}
          </button>
        ) : (
          <div class="big-choices big-choices--stack">
            <button type="button" class="button button--primary big-choice" onClick={() => save(true)}>
              {t('today.badDay.saveTook', { what: askDose })}
            </button>
            <button type="button" class="button big-choice" onClick={() => save(false)}>
              {t('today.badDay.saveNotTaken')}
            </button>
          </div>
        )}
        <p class="status" role="status" aria-live="polite" data-testid="bad-day-status">
          {status}
        </p>
      </div>
      <p>
        <button type="button" class="button button--quiet" onClick={on.back}>
          {t('today.badDay.back')}
        </button>
      </p>
    </div>
  );
}
