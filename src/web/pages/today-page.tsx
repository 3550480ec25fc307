import { useEffect, useRef, useState } from 'preact/hooks';
import type { SavedPlan } from '../../api/plan-schemas.js';
import type { Account, RedFlagView, SymptomView } from '../../api/schemas.js';
import { SYMPTOM_GROUPS, type Severity } from '../../core/symptoms/symptom.js';
import { api } from '../api.js';
import { asDraft, draftFromCheckin, draftToBody, EMPTY_DRAFT, type CheckinDraft, type FieldProblem } from '../checkin-form.js';
import { localToday } from '../dates.js';
import { describeFailure } from '../errors.js';
import { messages } from '../messages.js';
import { stepOn } from '../plan-form.js';
import { readJson, remove, writeJson } from '../storage.js';
import { useScreenHeading } from '../use-screen-heading.js';
import { NoteField } from '../components/note-field.js';
import { RedFlagSection } from '../components/red-flag-section.js';
import { SeverityPicker } from '../components/severity-picker.js';
import { SleepStepper } from '../components/sleep-stepper.js';
import { TextField } from '../components/text-field.js';
import { TodaysPlan } from '../components/todays-plan.js';

interface Props {
  readonly account: Account;
  /** undefined while loading; null when the list could not be loaded. */
  readonly symptoms: readonly SymptomView[] | null | undefined;
  readonly redFlags: readonly RedFlagView[];
  readonly onRedFlag: (flag: RedFlagView) => void;
  readonly onSignedOut: () => void;
}

type Field = FieldProblem['field'];
const FIELD_INPUT_IDS: Readonly<Record<Field, string>> = { sleepHours: 'sleep-hours', doseMg: 'dose', note: 'note' };
const t = messages.today;

function jumpToSerious(event: Event): void {
  event.preventDefault();
  const heading = document.getElementById('serious-heading');
  heading?.scrollIntoView();
  document.querySelector<HTMLButtonElement>('#serious button')?.focus();
}

/** Today's check-in: symptoms, sleep, dose and a note; then the red-flag panel. */
export function TodayPage({ account, symptoms, redFlags, onRedFlag, onSignedOut }: Props) {
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [date] = useState(localToday);
  const draftKey = `draft.${account.id}.${date}`;
  const [draft, setDraft] = useState<CheckinDraft | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const [status, setStatus] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SavedPlan | undefined>(undefined);
  const [prefilled, setPrefilled] = useState(false);
  const prefillTried = useRef(false);
  const planned = saved ? stepOn(saved.plan, date) : undefined;

  useEffect(() => {
    let live = true;
    void api.getPlan().then((result) => {
      if (live && result.ok) setSaved(result.value);
    });
    return () => {
      live = false;
    };
  }, []);

  // The planned dose fills the dose field once, only when nothing was typed or saved there.
  useEffect(() => {
    if (prefillTried.current || !draft || !saved) return;
    prefillTried.current = true;
    if (draft.dose === '' && planned) {
      setDraft({ ...draft, dose: String(planned.doseMg) });
      setPrefilled(true);
    }
  }, [draft, saved]);

  useEffect(() => {
    let live = true;
    void api.getCheckin(date).then((result) => {
      if (!live) return;
      if (!result.ok && result.error.code === 'unauthenticated') return onSignedOut();
      const unsaved = asDraft(readJson(draftKey));
      if (unsaved) {
        setDraft(unsaved);
        setNotice(t.draftRestored);
      } else if (result.ok) {
        setDraft(draftFromCheckin(result.value));
      } else {
        setDraft(EMPTY_DRAFT);
        if (result.error.code !== 'not_found') setNotice(t.loadFailed(describeFailure(result.error)));
      }
    });
    return () => {
      live = false;
    };
  }, [date]);

  function update(change: Partial<CheckinDraft>) {
    if (!draft) return;
    const next = { ...draft, ...change };
    setDraft(next);
    writeJson(draftKey, next);
    setStatus('');
  }

  const setSeverity = (id: string, value: Severity) => update({ symptoms: { ...draft?.symptoms, [id]: value } });
  const symptomName = (field: string) => symptoms?.find((s) => `symptoms.${s.id}` === field)?.name;

  async function save(event: Event) {
    event.preventDefault();
    if (!draft || saving) return;
    const body = draftToBody(draft);
    if (!body.ok) {
      setFieldErrors({ [body.error.field]: describeFailure(body.error) });
      setStatus(messages.errors.checkField(messages.errors.fieldName(body.error.field)));
      document.getElementById(FIELD_INPUT_IDS[body.error.field])?.focus();
      return;
    }
    setFieldErrors({});
    setSaving(true);
    setStatus(t.saving);
    const result = await api.putCheckin(date, body.value);
    setSaving(false);
    if (result.ok) {
      remove(draftKey);
      setDraft(draftFromCheckin(result.value));
      setNotice('');
      setStatus(t.saved);
      return;
    }
    if (result.error.code === 'unauthenticated') return onSignedOut();
    const text = describeFailure(result.error, symptomName);
    const field = result.error.field;
    if (field === 'sleepHours' || field === 'doseMg' || field === 'note') {
      setFieldErrors({ [field]: text });
      setStatus(messages.errors.checkField(messages.errors.fieldName(field)));
    } else {
      setStatus(text);
    }
  }

  return (
    <>
      <h1 id="today-heading" ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p>{t.dateLine(date)}</p>
      {saved && <TodaysPlan plan={saved.plan} step={planned} />}
      <p>
        <a class="jump-link" href="#serious" onClick={jumpToSerious}>
          {t.jumpToSerious}
        </a>
      </p>
      {notice && <p class="notice">{notice}</p>}
      {draft === undefined || symptoms === undefined ? (
        <p class="status" role="status">
          {t.loadingCheckin}
        </p>
      ) : (
        <form class="stack" data-testid="checkin-form" aria-labelledby="today-heading" noValidate onSubmit={(e) => void save(e)}>
          <p>{t.intro}</p>
          <section class="stack">
            <h2 id="symptoms-heading">{t.symptomsHeading}</h2>
            {symptoms === null && <p class="notice">{t.symptomsUnavailable}</p>}
            {SYMPTOM_GROUPS.map((group) => {
              const inGroup = (symptoms ?? []).filter((s) => s.group === group);
              if (inGroup.length === 0) return null;
              return (
                <div class="stack" key={group}>
                  <h3 class="group-heading">{t.groupHeading(group)}</h3>
                  {inGroup.map((symptom) => (
                    <SeverityPicker key={symptom.id} symptom={symptom} value={draft.symptoms[symptom.id]} onChange={setSeverity} />
                  ))}
                </div>
              );
            })}
          </section>
          <section class="stack">
            <h2 id="details-heading">{t.detailsHeading}</h2>
            <SleepStepper value={draft.sleep} error={fieldErrors.sleepHours} onChange={(sleep) => update({ sleep })} />
            <TextField
              id="dose"
              label={t.doseLabel}
              hint={prefilled ? messages.todayPlan.prefilled : t.doseHint}
              inputMode="decimal"
              autoComplete="off"
              value={draft.dose}
              error={fieldErrors.doseMg}
              onInput={(dose) => update({ dose })}
            />
            <NoteField value={draft.note} error={fieldErrors.note} onInput={(note) => update({ note })} />
          </section>
          <div class="save-row">
            <button type="submit" class="button button--primary" aria-disabled={saving ? 'true' : undefined}>
              {t.save}
            </button>
            <p class="status" role="status" aria-live="polite" data-testid="save-status">
              {status}
            </p>
          </div>
        </form>
      )}
      <RedFlagSection flags={redFlags} onSelect={onRedFlag} />
    </>
  );
}
