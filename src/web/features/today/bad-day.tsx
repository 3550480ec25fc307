import { useState } from 'preact/hooks';
import { badDayText as t, type Overall } from './bad-day-messages.js';

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
  const [overall, setOverall] = useState<Overall | undefined>(undefined);
  const [problem, setProblem] = useState('');

  function save(tookPlanned: boolean) {
    if (!overall) {
      setProblem(t.chooseFirst);
      document.querySelector<HTMLButtonElement>('#bad-day-overall button')?.focus();
      return;
    }
    setProblem('');
    on.save(overall, tookPlanned);
  }

  return (
    <div class="stack" data-testid="bad-day">
      <p>{t.intro}</p>
      <section class="stack" aria-labelledby="bad-day-overall-heading">
        <h2 id="bad-day-overall-heading">{t.overallLegend}</h2>
        <ul class="big-choices" id="bad-day-overall">
          {OVERALLS.map((o) => (
            <li key={o}>
              <button
                type="button"
                class="button big-choice"
                aria-pressed={overall === o ? 'true' : 'false'}
                onClick={() => setOverall(o)}
              >
                {t.overall(o)}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {doseAlreadyLogged && <p>{t.alreadyLogged}</p>}
      {problem && <p class="field__error">{problem}</p>}
      <div class="stack">
        {askDose === undefined ? (
          <button type="button" class="button button--primary big-choice" onClick={() => save(false)}>
            {t.save}
          </button>
        ) : (
          <div class="big-choices">
            <button type="button" class="button button--primary big-choice" onClick={() => save(true)}>
              {t.saveTook(askDose)}
            </button>
            <button type="button" class="button big-choice" onClick={() => save(false)}>
              {t.saveNotTaken}
            </button>
          </div>
        )}
        <p class="status" role="status" aria-live="polite" data-testid="bad-day-status">
          {status}
        </p>
      </div>
      <p>
        <button type="button" class="button button--quiet" onClick={on.back}>
          {t.back}
        </button>
      </p>
    </div>
  );
}
