import { useEffect, useState } from 'preact/hooks';
import type { DoseView } from '../../api/dose-schemas.js';
import { INTAKE_FORMS, type IntakeForm } from '../../core/adherence.js';
import { intakeTimings } from '../../core/intake-timing.js';
import {
  clockTime,
  draftToDose,
  localMinutes,
  unloggedPlanned,
  type DoseDraft,
  type PlannedIntake,
} from '../dose-form.js';
import { localIsoDateTime } from '../dates.js';
import { describeFailure } from '../errors.js';
import { messages } from '../messages.js';
import { records, type Local } from '../offline/index.js';
import { RadioCards } from './radio-cards.js';
import { TextField } from './text-field.js';
import { TimeField } from './time-field.js';

interface Props {
  readonly date: string;
  /** Today's planned amount of each medicine (two during a switch to diazepam); empty without a plan step today. */
  readonly planned: readonly PlannedIntake[];
  readonly nameOf: (medicationId: string) => string;
  /** The plan's medicine, for a dose logged on a day without a planned step (before the plan starts); null without a plan. */
  readonly planMedicine: string | null;
  /** The person's own dose times (minutes after midnight), from their reminders; empty when none are set. */
  readonly doseTimes: readonly number[];
  readonly doses: readonly Local<DoseView>[];
  readonly onChange: (doses: readonly Local<DoseView>[]) => void;
  readonly onSignedOut: () => void;
}

const t = messages.dose;
const listOf = (parts: readonly string[]) => messages.listText(parts);
const byTime = <T extends DoseView>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => new Date(a.takenAt).getTime() - new Date(b.takenAt).getTime());
const NOT_SAID = 'not-said';
type FormChoice = IntakeForm | typeof NOT_SAID;

/**
 * Logs a dose in one tap (today's planned dose), or with details: amount, the time it was taken, how it
 * was taken and a note. Each logged dose shows how it sits against the person's own dose times, plainly,
 * and has an Undo, never a confirm dialog.
 */
export function DosePanel({ date, planned, nameOf, planMedicine, doseTimes, doses, onChange, onSignedOut }: Props) {
  const fresh = (): Omit<DoseDraft, 'form'> => ({ mg: '', time: clockTime(new Date()), note: '' });
  const [draft, setDraft] = useState(fresh);
  /** The time the form was filled in with; left unchanged, it means the moment of logging. */
  const [shownTime, setShownTime] = useState(draft.time);
  // Until the person picks one, the medicine and form follow the plan (which may load after this panel).
  const [chosenMedicine, setChosenMedicine] = useState<string | undefined>(undefined);
  const medicine = chosenMedicine ?? planned[0]?.medicationId ?? planMedicine ?? undefined;
  const [chosenForm, setChosenForm] = useState<FormChoice | undefined>(undefined);
  const form: FormChoice = chosenForm ?? planned.find((p) => p.medicationId === medicine)?.form ?? NOT_SAID;
  const unlogged = unloggedPlanned(planned, doses);
  // More than one medicine today (a switch): every amount says which it is.
  const named = planned.length > 1 || new Set(doses.map((d) => d.medicationId)).size > 1;
  const label = (dose: Pick<DoseView, 'medicationId' | 'doseMg'>) =>
    named && dose.medicationId ? t.named(nameOf(dose.medicationId), dose.doseMg) : t.amount(dose.doseMg);
  const [errors, setErrors] = useState<{ mg?: string; time?: string }>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  /** What was last logged "on this device", in words, until it reaches the account. */
  const [onDevice, setOnDevice] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (onDevice === undefined || doses.some((d) => d.pending)) return;
    setStatus((shown) => (shown === t.loggedOnDevice(onDevice) ? t.logged(onDevice) : shown));
    setOnDevice(undefined);
  }, [doses]);
  const timings = intakeTimings(
    doses.map((d) => localMinutes(d.takenAt)),
    doseTimes,
  );

  /** Logs each body in turn (each medicine of the planned dose is its own entry); one run at a time. */
  async function log(bodies: readonly Omit<Parameters<typeof records.logDose>[0], 'id'>[], typed?: typeof draft) {
    if (busy || bodies.length === 0) return;
    setBusy(true);
    setStatus(t.logging);
    let logged = [...doses];
    let synced = true;
    for (const body of bodies) {
      const result = await records.logDose({ id: crypto.randomUUID(), ...body });
      if (!result.ok) {
        setBusy(false);
        onChange(byTime(logged));
        if (result.error.code === 'unauthenticated') onSignedOut();
        else setStatus(describeFailure(result.error));
        return;
      }
      logged = [...logged, result.value.value];
      synced &&= result.value.synced;
    }
    setBusy(false);
    onChange(byTime(logged));
    // Clear what was logged, not anything typed since.
    if (typed) {
      const next = fresh();
      setDraft((current) => (current === typed ? next : current));
      setShownTime(next.time);
    }
    setChosenForm(undefined);
    const what = listOf(bodies.map((b) => label({ medicationId: b.medicationId ?? null, doseMg: b.doseMg })));
    setStatus(synced ? t.logged(what) : t.loggedOnDevice(what));
    setOnDevice(synced ? undefined : what);
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
    const body = draftToDose({ ...draft, time, form: form === NOT_SAID ? '' : form }, date, now, medicine ?? null);
    if (!body.ok) {
      setErrors(body.error.field === 'mg' ? { mg: t.invalid } : { time: t.timeInvalid });
      document.getElementById(body.error.field === 'mg' ? 'log-dose' : 'dose-time')?.focus();
      return;
    }
    setErrors({});
    void log([body.value], draft);
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
      {unlogged.length > 0 && (
        <button
          type="button"
          class="button button--primary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() =>
            void log(
              unlogged.map((p) => ({
                date,
                takenAt: localIsoDateTime(),
                medicationId: p.medicationId,
                doseMg: p.mg,
                form: p.form,
              })),
            )
          }
        >
          {t.takePlanned(listOf(unlogged.map((p) => label({ medicationId: p.medicationId, doseMg: p.mg }))))}
        </button>
      )}
      {planned.length > 0 && unlogged.length === 0 && <p data-testid="planned-logged">{t.plannedLogged}</p>}
      <details class="more" open={planned.length === 0}>
        <summary class="more__summary">{t.detailsSummary(planned.length > 0)}</summary>
        <form class="more__body stack" noValidate onSubmit={logDetailed}>
          {planned.length > 1 && (
            <RadioCards<string>
              name="dose-medicine"
              legend={t.medicineLegend}
              compact
              value={medicine ?? ''}
              cards={planned.map((p) => ({ value: p.medicationId, label: nameOf(p.medicationId) }))}
              onChange={(id) => {
                setChosenMedicine(id);
                setChosenForm(undefined);
              }}
            />
          )}
          <TextField
            id="log-dose"
            label={t.logLabel}
            hint={t.logHint}
            inputMode="decimal"
            value={draft.mg}
            error={errors.mg}
            onInput={(mg) => setDraft({ ...draft, mg })}
          />
          <TimeField
            id="dose-time"
            label={t.timeLabel}
            hint={t.timeHint}
            value={draft.time}
            error={errors.time}
            onInput={(time) => setDraft({ ...draft, time })}
          />
          <RadioCards<FormChoice>
            name="dose-form"
            legend={t.formLegend}
            compact
            value={form}
            cards={formCards}
            onChange={setChosenForm}
          />
          <TextField
            id="dose-note"
            label={t.noteLabel}
            hint={t.noteHint}
            value={draft.note}
            onInput={(note) => setDraft({ ...draft, note })}
          />
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
                    {t.line(label(dose), dose.takenAt, dose.form)}
                    {dose.pending && <span class="not-sent"> ({t.notSent})</span>}
                  </span>
                  {timing && <span class="hint">{t.timing(timing.kind, timing.doseTime, timing.offset)}</span>}
                  {dose.note && <span class="hint">{dose.note}</span>}
                </span>
                <button
                  type="button"
                  class="button"
                  aria-label={t.undoLabel(label(dose), dose.takenAt)}
                  onClick={() => void undo(dose)}
                >
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
