import { useState } from 'preact/hooks';
import { INTAKE_FORMS, type IntakeForm } from '../../../core/index.js';
import { RadioCards } from '../../components/radio-cards.js';
import { TextField } from '../../components/text-field.js';
import { TimeField } from '../../components/time-field.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { isFarFromPlanned } from './dose-check.js';
import { clockTime, draftToDose, type DoseDraft, type PlannedIntake } from './dose-form.js';
import { UnusualDose } from './unusual-dose.js';
import type { NewDose } from './use-dose-log.js';

interface Props {
  /** The day the dose is for, and the clock that says what time it is now. */
  readonly day: { readonly date: string; readonly clock: () => Date };
  readonly medicines: {
    readonly planned: readonly PlannedIntake[];
    /** The plan's medicine, for a day without a planned step (before the plan starts); null without a plan. */
    readonly planMedicine: string | null;
    readonly nameOf: (medicationId: string) => string;
  };
  readonly onLog: (body: NewDose) => Promise<boolean>;
}

const NOT_SAID = 'not-said';
type FormChoice = IntakeForm | typeof NOT_SAID;
type Typed = Omit<DoseDraft, 'form'>;
const fresh = (now: Date): Typed => ({ mg: '', time: clockTime(now), note: '' });

/** A dose with details: amount, the time it was taken, how, and a note; an amount far from the plan asks first. */
export function DoseDetails({ day, medicines, onLog }: Props) {
  const { t } = useI18n();
  const { date, clock } = day;
  const { planned, planMedicine, nameOf } = medicines;
  const [draft, setDraft] = useState(() => fresh(clock()));
  /** The time the form was filled in with; left unchanged, it means the moment of logging. */
  const [shownTime, setShownTime] = useState(draft.time);
  // Until the person picks one, the medicine and form follow the plan (which may load after this panel).
  const [chosenMedicine, setChosenMedicine] = useState<string | undefined>(undefined);
  const medicine = chosenMedicine ?? planned[0]?.medicationId ?? planMedicine ?? undefined;
  const [chosenForm, setChosenForm] = useState<FormChoice | undefined>(undefined);
  const plannedHere = planned.find((p) => p.medicationId === medicine);
  const form: FormChoice = chosenForm ?? plannedHere?.form ?? NOT_SAID;
  const [errors, setErrors] = useState<{ mg?: string; time?: string }>({});
  const [far, setFar] = useState<NewDose | undefined>(undefined);

  async function send(body: NewDose) {
    setFar(undefined);
    const typed = draft;
    if (!(await onLog(body))) return;
    // Clear what was logged, not anything typed since.
    const next = fresh(clock());
    setDraft((current) => (current === typed ? next : current));
    setShownTime(next.time);
    setChosenForm(undefined);
  }

  function submit(event: Event) {
    event.preventDefault();
    const now = clock();
    // A time the person did not change means "now", even if the form has been open a while.
    const time = draft.time === shownTime ? clockTime(now) : draft.time;
    const body = draftToDose({ ...draft, time, form: form === NOT_SAID ? '' : form }, { date, now }, medicine ?? null);
    if (!body.ok) {
      setErrors(body.error.field === 'mg' ? { mg: t('today.dose.invalid') } : { time: t('today.dose.timeInvalid') });
      document.getElementById(body.error.field === 'mg' ? 'log-dose' : 'dose-time')?.focus();
      return;
    }
    setErrors({});
    const dose = { id: crypto.randomUUID(), ...body.value };
    if (isFarFromPlanned(dose.doseMg, plannedHere?.mg)) setFar(dose);
    else void send(dose);
  }

  const formCards = [
    ...INTAKE_FORMS.map((value) => ({ value, label: t(`today.dose.form.${value}`) })),
    { value: NOT_SAID as FormChoice, label: t('today.dose.formNotSaid') },
  ];
  return (
    <form class="more__body stack" noValidate onSubmit={submit}>
      {planned.length > 1 && (
        <RadioCards<string>
          name="dose-medicine"
          legend={t('today.dose.medicineLegend')}
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
        label={t('today.dose.logLabel')}
        hint={t('today.dose.logHint')}
        inputMode="decimal"
        value={draft.mg}
        error={errors.mg}
        onInput={(mg) => setDraft({ ...draft, mg })}
      />
      <TimeField
        id="dose-time"
        label={t('today.dose.timeLabel')}
        hint={t('today.dose.timeHint')}
        value={draft.time}
        error={errors.time}
        onInput={(time) => setDraft({ ...draft, time })}
      />
      <RadioCards<FormChoice>
        name="dose-form"
        legend={t('today.dose.formLegend')}
        compact
        value={form}
        cards={formCards}
        onChange={setChosenForm}
      />
      <TextField
        id="dose-note"
        label={t('today.dose.noteLabel')}
        hint={t('today.dose.noteHint')}
        value={draft.note}
        onInput={(note) => setDraft({ ...draft, note })}
      />
      {far && plannedHere && (
        <UnusualDose
          id="dose-unusual"
          typed={far.doseMg}
          planned={plannedHere.mg}
          answer={{ onYes: () => void send(far), onNo: () => setFar(undefined) }}
        />
      )}
      <button type="submit" class="button">
        {t('today.dose.log')}
      </button>
    </form>
  );
}
