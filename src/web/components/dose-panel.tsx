import { useState } from 'preact/hooks';
import type { DoseView } from '../../api/dose-schemas.js';
import { records, type Local } from '../offline/index.js';
import { parseDose } from '../checkin-form.js';
import { localIsoDateTime } from '../dates.js';
import { describeFailure } from '../errors.js';
import { messages } from '../messages.js';
import { TextField } from './text-field.js';

interface Props {
  readonly date: string;
  /** Today's planned daily dose, when a plan step is in effect. */
  readonly plannedMg: number | undefined;
  readonly doses: readonly Local<DoseView>[];
  readonly onChange: (doses: readonly Local<DoseView>[]) => void;
  readonly onSignedOut: () => void;
}

const t = messages.dose;

/** Logs a dose in one tap (or with an mg amount without a plan); each logged dose has an Undo, never a confirm dialog. */
export function DosePanel({ date, plannedMg, doses, onChange, onSignedOut }: Props) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function log(doseMg: number) {
    if (busy) return;
    setBusy(true);
    setStatus(t.logging);
    const result = await records.logDose({ id: crypto.randomUUID(), date, takenAt: localIsoDateTime(), doseMg });
    setBusy(false);
    if (result.ok) {
      onChange([...doses, result.value.value]);
      setTyped('');
      setStatus(result.value.synced ? t.logged(doseMg) : t.loggedOnDevice(doseMg));
    } else if (result.error.code === 'unauthenticated') onSignedOut();
    else setStatus(describeFailure(result.error));
  }

  async function undo(dose: DoseView) {
    const result = await records.deleteDose(dose);
    if (result.ok) {
      onChange(doses.filter((d) => d.id !== dose.id));
      setStatus(t.undone);
      document.getElementById('dose-heading')?.focus();
    } else if (result.error.code === 'unauthenticated') onSignedOut();
    else setStatus(describeFailure(result.error));
  }

  function logTyped(event: Event) {
    event.preventDefault();
    const mg = parseDose(typed);
    if (mg === undefined) {
      setError(t.invalid);
      document.getElementById('log-dose')?.focus();
      return;
    }
    setError(undefined);
    void log(mg);
  }

  return (
    <section class="panel stack" aria-labelledby="dose-heading" data-testid="dose-panel">
      <h2 id="dose-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      {plannedMg !== undefined ? (
        <button type="button" class="button button--primary" aria-disabled={busy ? 'true' : undefined} onClick={() => void log(plannedMg)}>
          {t.takePlanned(plannedMg)}
        </button>
      ) : (
        <form class="stack" noValidate onSubmit={logTyped}>
          <TextField id="log-dose" label={t.logLabel} hint={t.logHint} inputMode="decimal" value={typed} error={error} onInput={setTyped} />
          <button type="submit" class="button">
            {t.log}
          </button>
        </form>
      )}
      {doses.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="doses">
          {doses.map((dose) => (
            <li class="doses__item" key={dose.id}>
              <span>
                {t.line(dose.doseMg, dose.takenAt)}
                {dose.pending && <span class="not-sent"> ({t.notSent})</span>}
              </span>
              <button type="button" class="button" aria-label={t.undoLabel(dose.doseMg, dose.takenAt)} onClick={() => void undo(dose)}>
                {t.undo}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="status" role="status" aria-live="polite" data-testid="dose-status">
        {status}
      </p>
    </section>
  );
}
