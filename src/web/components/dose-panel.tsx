import { useEffect, useState } from 'preact/hooks';
import type { DoseView } from '../../api/dose-schemas.js';
import { INTAKE_FORMS, type IntakeForm } from '../../core/adherence.js';
import { intakeTimings } from '../../core/intake-timing.js';
import { clockTime, draftToDose, localMinutes, type DoseDraft } from '../dose-form.js';
import { localIsoDateTime } from '../dates.js';
import { describeFailure } from '../errors.js';
import { messages } from '../messages.js';
import { records, type Local } from '../offline/index.js';
import { RadioCards } from './radio-cards.js';
import { TextField } from './text-field.js';
import { TimeField } from './time-field.js';

interface Props {
  readonly date: string;
  /** Today's planned daily dose and the form it is measured in, when a plan step is in effect. */
  readonly planned: { readonly mg: number; readonly form: IntakeForm | null } | undefined;
  /** The person's own dose times (minutes after midnight), from their reminders; empty when none are set. */
  readonly doseTimes: readonly number[];
  readonly doses: readonly Local<DoseView>[];
  readonly onChange: (doses: readonly Local<DoseView>[]) => void;
  readonly onSignedOut: () => void;
}

const t = messages.dose;
const byTime = <T extends DoseView>(list: readonly T[]): T[] => [...list].sort((a, b) => new Date(a.takenAt).getTime() - new Date(b.takenAt).getTime());
const NOT_SAID = 'not-said';
type FormChoice = IntakeForm | typeof NOT_SAID;

/**
 * Logs a dose in one tap (today's planned dose), or with details: amount, the time it was taken, how it
 * was taken and a note. Each logged dose shows how it sits against the person's own dose times, plainly,
 * and has an Undo, never a confirm dialog.
 */
export function DosePanel({ date, planned, doseTimes, doses, onChange, onSignedOut }: Props) {
  const fresh = (): Omit<DoseDraft, 'form'> => ({ mg: '', time: clockTime(new Date()), note: '' });
  const [draft, setDraft] = useState(fresh);
  /** The time the form was filled in with; left unchanged, it means the moment of logging. */
  const [shownTime, setShownTime] = useState(draft.time);
  // Until the person picks one, the form follows the plan (which may load after this panel).
  const [chosenForm, setChosenForm] = useState<FormChoice | undefined>(undefined);
  const form: FormChoice = chosenForm ?? planned?.form ?? NOT_SAID;
  const [errors, setErrors] = useState<{ mg?: string; time?: string }>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  /** The amount last logged "on this device", until it reaches the account. */
  const [onDevice, setOnDevice] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (onDevice === undefined || doses.some((d) => d.pending)) return;
    setStatus((shown) => (shown === t.loggedOnDevice(onDevice) ? t.logged(onDevice) : shown));
    setOnDevice(undefined);
  }, [doses]);
  const timings = intakeTimings(doses.map((d) => localMinutes(d.takenAt)), doseTimes);

  async function log(body: Omit<Parameters<typeof records.logDose>[0], 'id'>, typed?: typeof draft) {
    if (busy) return;
    setBusy(true);
    setStatus(t.logging);
    const result = await records.logDose({ id: crypto.randomUUID(), ...body });
    setBusy(false);
    if (result.ok) {
      onChange(byTime([...doses, result.value.value]));
      // Clear what was logged, not anything typed since.
      if (typed) {
        const next = fresh();
        setDraft((current) => (current === typed ? next : current));
        setShownTime(next.time);
      }
      setChosenForm(undefined);
      setStatus(result.value.synced ? t.logged(body.doseMg) : t.loggedOnDevice(body.doseMg));
      setOnDevice(result.value.synced ? undefined : body.doseMg);
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

  function logDetailed(event: Event) {
    event.preventDefault();
    const now = new Date();
    // A time the person did not change means "now", even if the form has been open a while.
    const time = draft.time === shownTime ? clockTime(now) : draft.time;
    const body = draftToDose({ ...draft, time, form: form === NOT_SAID ? '' : form }, date, now);
    if (!body.ok) {
      setErrors(body.error.field === 'mg' ? { mg: t.invalid } : { time: t.timeInvalid });
      document.getElementById(body.error.field === 'mg' ? 'log-dose' : 'dose-time')?.focus();
      return;
    }
    setErrors({});
    void log(body.value, draft);
  }

  const formCards = [
    ...INTAKE_FORMS.map((form) => ({ value: form, label: t.form(form) })),
    { value: NOT_SAID as FormChoice, label: t.formNotSaid },
  ];

  return (
    <section class="panel stack" aria-labelledby="dose-heading" data-testid="dose-panel">
      <h2 id="dose-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      {planned && (
        <button
          type="button"
          class="button button--primary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void log({ date, takenAt: localIsoDateTime(), doseMg: planned.mg, form: planned.form })}
        >
          {t.takePlanned(planned.mg)}
        </button>
      )}
      <details class="more" open={planned === undefined}>
        <summary class="more__summary">{t.detailsSummary(planned !== undefined)}</summary>
        <form class="more__body stack" noValidate onSubmit={logDetailed}>
          <TextField
            id="log-dose"
            label={t.logLabel}
            hint={t.logHint}
            inputMode="decimal"
            value={draft.mg}
            error={errors.mg}
            onInput={(mg) => setDraft({ ...draft, mg })}
          />
          <TimeField id="dose-time" label={t.timeLabel} hint={t.timeHint} value={draft.time} error={errors.time} onInput={(time) => setDraft({ ...draft, time })} />
          <RadioCards<FormChoice>
            name="dose-form"
            legend={t.formLegend}
            compact
            value={form}
            cards={formCards}
            onChange={setChosenForm}
          />
          <TextField id="dose-note" label={t.noteLabel} hint={t.noteHint} value={draft.note} onInput={(note) => setDraft({ ...draft, note })} />
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
            {t.log}
          </button>
        </form>
      </details>
      {doses.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="doses">
          {doses.map((dose, i) => {
            const timing = timings[i];
            return (
              <li class="doses__item" key={dose.id}>
                <span class="doses__text">
                  <span>
                    {t.line(dose.doseMg, dose.takenAt, dose.form)}
                    {dose.pending && <span class="not-sent"> ({t.notSent})</span>}
                  </span>
                  {timing && <span class="hint">{t.timing(timing.kind, timing.doseTime, timing.offset)}</span>}
                  {dose.note && <span class="hint">{dose.note}</span>}
                </span>
                <button type="button" class="button" aria-label={t.undoLabel(dose.doseMg, dose.takenAt)} onClick={() => void undo(dose)}>
                  {t.undo}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {doses.length > 0 && doseTimes.length === 0 && (
        <p class="hint">
          {t.timesHint}{' '}
          <a class="jump-link" href="#/reminders">
            {t.timesLink}
          </a>
        </p>
      )}
      <p class="status" role="status" aria-live="polite" data-testid="dose-status">
        {status}
      </p>
    </section>
  );
}
