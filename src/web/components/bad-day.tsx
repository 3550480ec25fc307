import { useState } from 'preact/hooks';
import type { Overall } from '../messages.js';
import { messages } from '../messages.js';

const OVERALLS: readonly Overall[] = ['bearable', 'hard', 'very-hard', 'worst'];
const t = messages.badDay;

interface Props {
  /** Today's planned dose; the dose question is only asked when there is one. */
  /** Today's planned dose in words (each medicine during a switch); undefined without a plan step today. */
  readonly planned: string | undefined;
  readonly doseAlreadyLogged: boolean;
  readonly status: string;
  readonly onSave: (overall: Overall, tookPlanned: boolean) => void;
  readonly onBack: () => void;
}

/** The minimal check-in for a bad day: how today is, whether the dose was taken, save. Nothing is invented. */
export function BadDay({ planned, doseAlreadyLogged, status, onSave, onBack }: Props) {
  const [overall, setOverall] = useState<Overall | undefined>(undefined);
  const [took, setTook] = useState<boolean | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const askDose = planned !== undefined && !doseAlreadyLogged;

  function save() {
    if (!overall) {
      setProblem(t.chooseFirst);
      document.querySelector<HTMLButtonElement>('#bad-day-overall button')?.focus();
      return;
    }
    setProblem('');
    onSave(overall, askDose && took === true);
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
      {askDose && (
        <section class="stack" aria-labelledby="bad-day-dose-heading">
          <h2 id="bad-day-dose-heading">{t.doseLegend(planned)}</h2>
          <ul class="big-choices">
            <li>
              <button
                type="button"
                class="button big-choice"
                aria-pressed={took === true ? 'true' : 'false'}
                onClick={() => setTook(true)}
              >
                {t.yes}
              </button>
            </li>
            <li>
              <button
                type="button"
                class="button big-choice"
                aria-pressed={took === false ? 'true' : 'false'}
                onClick={() => setTook(false)}
              >
                {t.notYet}
              </button>
            </li>
          </ul>
        </section>
      )}
      {planned !== undefined && doseAlreadyLogged && <p>{t.alreadyLogged}</p>}
      {problem && <p class="field__error">{problem}</p>}
      <div class="save-row">
        <button type="button" class="button button--primary" onClick={save}>
          {t.save}
        </button>
        <p class="status" role="status" aria-live="polite" data-testid="bad-day-status">
          {status}
        </p>
      </div>
      <p>
        <button type="button" class="button button--quiet" onClick={onBack}>
          {t.back}
        </button>
      </p>
    </div>
  );
}
