import { useEffect, useRef, useState } from 'preact/hooks';
import type { SavedPlan } from '../../api/plan-schemas.js';
import type { AssessmentPromptView } from '../../api/assessment-schemas.js';
import type { DoseView } from '../../api/dose-schemas.js';
import type { Account, MySymptom, RedFlagView } from '../../api/schemas.js';
import { addDays } from '../../core/calendar-date.js';
import { minutesOfDay } from '../../core/reminders.js';
import { loadReminderSettings } from '../reminders/reminder-store.js';
import { SYMPTOM_GROUPS, type Severity } from '../../core/symptoms/symptom.js';
import { records, type Local } from '../offline/index.js';
import { entryState, useSentCount } from '../offline/use-sent.js';
import {
  asDraft,
  draftFromCheckin,
  draftFromYesterday,
  draftToBody,
  EMPTY_DRAFT,
  toggleTag,
  type CheckinDraft,
  type FieldProblem,
} from '../checkin-form.js';
import { localIsoDateTime, localToday } from '../dates.js';
import { describeFailure } from '../errors.js';
import { messages, type Overall } from '../messages.js';
import { medicineName, stepOn } from '../features/plan/plan-form.js';
import { plannedIntakes, unloggedPlanned, type PlannedIntake } from '../dose-form.js';
import { readJson, remove, writeJson } from '../storage.js';
import { useScreenHeading } from '../use-screen-heading.js';
import { BadDay } from '../components/bad-day.js';
import { DosePanel } from '../components/dose-panel.js';
import { NoteField } from '../components/note-field.js';
import { TagToggles } from '../components/tag-toggles.js';
import { RedFlagSection } from '../components/red-flag-section.js';
import { SeverityPicker } from '../components/severity-picker.js';
import { SleepStepper } from '../components/sleep-stepper.js';
import { TextField } from '../components/text-field.js';
import { TodaysPlan } from '../components/todays-plan.js';

interface Props {
  readonly account: Account;
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

/** "Clonazepam 1.25 mg" during a switch; a single medicine needs no name (the plan panel names it). */
const plannedLabel = (p: PlannedIntake): string => messages.dose.named(medicineName(p.medicationId), p.mg);
const totalMg = (doses: readonly Local<DoseView>[]) =>
  Math.round(doses.reduce((sum, d) => sum + d.doseMg, 0) * 1000) / 1000;

/** Today's check-in: pinned symptoms, tags, sleep, dose and a note; a bad-day quick mode; then the red-flag panel. */
export function TodayPage({ account, redFlags, onRedFlag, onSignedOut }: Props) {
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [date] = useState(localToday);
  const draftKey = `draft.${account.id}.${date}`;
  // A check-in typed yesterday and never saved (the day ended first) is offered here, to save for its own day.
  const yesterday = addDays(date, -1);
  const yesterdayKey = `draft.${account.id}.${yesterday}`;
  const [unsavedYesterday, setUnsavedYesterday] = useState(() => asDraft(readJson(yesterdayKey)));
  const [yesterdayStatus, setYesterdayStatus] = useState('');

  async function saveYesterday() {
    if (!unsavedYesterday) return;
    const body = draftToBody(unsavedYesterday);
    if (!body.ok) return setYesterdayStatus(describeFailure(body.error));
    const result = await records.saveCheckin(yesterday, { ...body.value, editedAt: localIsoDateTime() });
    if (!result.ok)
      return result.error.code === 'unauthenticated'
        ? onSignedOut()
        : setYesterdayStatus(describeFailure(result.error));
    remove(yesterdayKey);
    setUnsavedYesterday(undefined);
    setNotice(t.yesterdaySaved(yesterday));
  }
  const [draft, setDraft] = useState<CheckinDraft | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const [status, setStatus] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SavedPlan | undefined>(undefined);
  const planned = saved ? stepOn(saved.plan, date) : undefined;
  /** Each medicine's planned amount today: two during a switch to diazepam, never an equivalent total. */
  const plannedList = plannedIntakes(planned);
  /** One medicine today: the check-in's dose field and the dose log are the same fact, kept in step. */
  const oneMedicine = plannedList.length <= 1;
  /** undefined while loading; null when the list could not be loaded. */
  const [symptoms, setSymptoms] = useState<readonly MySymptom[] | null | undefined>(undefined);
  const [doses, setDoses] = useState<readonly Local<DoseView>[]>([]);
  const sent = useSentCount();
  const [doseTimes] = useState(() => loadReminderSettings(account.id).doseTimes.map(minutesOfDay));
  const [prompt, setPrompt] = useState<AssessmentPromptView['prompt']>(null);
  const [badDay, setBadDay] = useState(false);
  const [badDayStatus, setBadDayStatus] = useState('');
  const savingBadDay = useRef(false);

  useEffect(() => {
    let live = true;
    void records.plan().then((result) => {
      if (live && result.ok) setSaved(result.value);
    });
    void records.mySymptoms().then((result) => {
      if (live) setSymptoms(result.ok ? result.value.symptoms.filter((s) => s.pinned && !s.retired) : null);
    });
    void records.listDoses({ from: date, to: date }).then((result) => {
      if (live && result.ok) setDoses(result.value);
    });
    void records.assessmentPrompt().then((result) => {
      if (live && result.ok) setPrompt(result.value.prompt);
    });
    return () => {
      live = false;
    };
  }, []);

  // Once queued entries reach the account, drop their "not sent yet" marks.
  useEffect(() => {
    if (sent === 0) return;
    void records.listDoses({ from: date, to: date }).then((result) => {
      if (result.ok) setDoses(result.value);
    });
    void entryState((op) => op.kind === 'checkin' && op.date === date).then((state) => {
      if (state === 'waiting') return;
      // Sent in the background: show what the account now holds for the day (another device's later edit may
      // have won), unless the person is typing changes of their own.
      if (state === 'sent' && readJson(draftKey) === undefined) {
        void records.getCheckin(date).then((result) => {
          if (result.ok && readJson(draftKey) === undefined) setDraft(draftFromCheckin(result.value));
        });
      }
      const next = state === 'sent' ? t.saved : t.refusedLater;
      setStatus((shown) => (shown === t.savedOnDevice ? next : shown));
      setBadDayStatus((shown) =>
        shown === t.savedOnDevice ? (state === 'sent' ? messages.badDay.saved : next) : shown,
      );
    });
  }, [sent]);

  function switchMode(next: boolean) {
    setBadDay(next);
    setBadDayStatus('');
    // The new screen's heading takes focus, as on any screen change.
    requestAnimationFrame(() => document.getElementById(next ? 'bad-day-heading' : 'today-heading')?.focus());
  }

  /** The day's dose field follows the dose log; that is not the person's own typing, so it is not kept as a draft. */
  function dosesChanged(next: readonly Local<DoseView>[]) {
    setDoses(next);
    if (next.length > 0 && oneMedicine) setDraft((current) => current && { ...current, dose: String(totalMg(next)) });
  }

  async function sameAsYesterday() {
    if (!draft) return;
    const result = await records.getCheckin(addDays(date, -1));
    if (result.ok) {
      update(draftFromYesterday(result.value, draft));
      setNotice(t.sameFilled);
    } else if (result.error.code === 'unauthenticated') onSignedOut();
    else setNotice(result.error.code === 'not_found' ? t.noYesterday : describeFailure(result.error));
  }

  async function saveBadDay(overall: Overall, tookPlanned: boolean) {
    // One save at a time: a double tap must not log the planned doses twice.
    if (!draft || savingBadDay.current) return;
    savingBadDay.current = true;
    try {
      await saveBadDayOnce(draft, overall, tookPlanned);
    } finally {
      savingBadDay.current = false;
    }
  }

  async function saveBadDayOnce(draft: CheckinDraft, overall: Overall, tookPlanned: boolean) {
    setBadDayStatus(messages.badDay.saving);
    let dose = oneMedicine ? draft.dose : '';
    if (tookPlanned) {
      // Each medicine of the planned dose is logged as itself, and only what is not logged yet.
      let next = [...doses];
      for (const intake of unloggedPlanned(plannedList, doses)) {
        const logged = await records.logDose({
          id: crypto.randomUUID(),
          date,
          takenAt: localIsoDateTime(),
          medicationId: intake.medicationId,
          doseMg: intake.mg,
          form: intake.form,
        });
        if (logged.ok) next = [...next, logged.value.value];
        else if (logged.error.code === 'unauthenticated') return onSignedOut();
        else {
          setDoses(next);
          return setBadDayStatus(describeFailure(logged.error));
        }
      }
      setDoses(next);
      if (oneMedicine) dose = String(totalMg(next));
    }
    const line = messages.badDay.note(overall);
    const note = draft.note.trim() === '' ? line : `${draft.note}\n${line}`;
    const body = draftToBody({ ...draft, dose, note });
    if (!body.ok) return setBadDayStatus(describeFailure(body.error));
    const result = await records.saveCheckin(date, { ...body.value, editedAt: localIsoDateTime() });
    if (result.ok) {
      remove(draftKey);
      setDraft(draftFromCheckin(result.value.value));
      setBadDayStatus(
        result.value.superseded ? t.superseded : result.value.synced ? messages.badDay.saved : t.savedOnDevice,
      );
    } else if (result.error.code === 'unauthenticated') onSignedOut();
    else setBadDayStatus(describeFailure(result.error));
  }

  // Once doses are logged they are the day's dose: the check-in's field follows the log, never the plan (a field filled
  // from the plan would record a dose nobody took).
  useEffect(() => {
    if (!draft || !oneMedicine || doses.length === 0) return;
    const logged = String(totalMg(doses));
    if (draft.dose !== logged) setDraft({ ...draft, dose: logged });
  }, [draft, doses]);

  useEffect(() => {
    let live = true;
    void records.getCheckin(date).then((result) => {
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
    const result = await records.saveCheckin(date, { ...body.value, editedAt: localIsoDateTime() });
    setSaving(false);
    if (result.ok) {
      remove(draftKey);
      setDraft(draftFromCheckin(result.value.value));
      setNotice('');
      setStatus(result.value.superseded ? t.superseded : result.value.synced ? t.saved : t.savedOnDevice);
      return;
    }
    if (result.error.code === 'unauthenticated') return onSignedOut();
    const text = describeFailure(result.error, symptomName);
    const field = result.error.field;
    if (field === 'sleepHours' || field === 'doseMg' || field === 'note') {
      setFieldErrors({ [field]: text });
      setStatus(messages.errors.checkField(messages.errors.fieldName(field)));
      document.getElementById(FIELD_INPUT_IDS[field])?.focus();
    } else {
      setStatus(text);
    }
  }

  const promptBanner = prompt && (
    <p class="notice" data-testid="assessment-prompt">
      {t.promptDue(prompt.reason, prompt.cutDate, prompt.daysAfter)}{' '}
      <a class="jump-link" href="#/questionnaires">
        {t.promptLink}
      </a>
    </p>
  );

  if (badDay) {
    return (
      <>
        <h1 id="bad-day-heading" tabIndex={-1}>
          {messages.badDay.title}
        </h1>
        <p>{t.dateLine(date)}</p>
        {draft === undefined ? (
          <p class="status" role="status">
            {t.loadingCheckin}
          </p>
        ) : (
          <BadDay
            planned={plannedList.length === 0 ? undefined : messages.listText(plannedList.map((p) => plannedLabel(p)))}
            doseAlreadyLogged={plannedList.length > 0 && unloggedPlanned(plannedList, doses).length === 0}
            status={badDayStatus}
            onSave={(overall, took) => void saveBadDay(overall, took)}
            onBack={() => switchMode(false)}
          />
        )}
        <RedFlagSection flags={redFlags} onSelect={onRedFlag} />
      </>
    );
  }

  return (
    <>
      <h1 id="today-heading" ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p>{t.dateLine(date)}</p>
      <div class="quick-row">
        <button
          type="button"
          class="button button--bad-day"
          aria-describedby="bad-day-hint"
          onClick={() => switchMode(true)}
        >
          {t.badDayButton}
        </button>
        <p class="hint" id="bad-day-hint">
          {t.badDayHint}
        </p>
      </div>
      {promptBanner}
      {saved && <TodaysPlan plan={saved.plan} step={planned} />}
      <DosePanel
        date={date}
        planned={plannedList}
        nameOf={medicineName}
        planMedicine={saved?.plan.medicationId ?? null}
        doseTimes={doseTimes}
        doses={doses}
        onChange={dosesChanged}
        onSignedOut={onSignedOut}
      />
      <p>
        <a class="jump-link" href="#serious" onClick={jumpToSerious}>
          {t.jumpToSerious}
        </a>
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {unsavedYesterday && (
        <div class="notice stack" data-testid="unsaved-yesterday">
          <p>{t.yesterdayUnsaved(yesterday)}</p>
          <div class="quick-row">
            <button type="button" class="button button--primary" onClick={() => void saveYesterday()}>
              {t.yesterdaySave(yesterday)}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                remove(yesterdayKey);
                setUnsavedYesterday(undefined);
              }}
            >
              {t.yesterdayDiscard}
            </button>
          </div>
          {yesterdayStatus && <p role="status">{yesterdayStatus}</p>}
        </div>
      )}
      {draft === undefined || symptoms === undefined ? (
        <p class="status" role="status">
          {t.loadingCheckin}
        </p>
      ) : (
        <form
          class="stack"
          data-testid="checkin-form"
          aria-labelledby="today-heading"
          noValidate
          onSubmit={(e) => void save(e)}
        >
          <p>{t.intro}</p>
          <div class="quick-row">
            <button type="button" class="button" aria-describedby="same-hint" onClick={() => void sameAsYesterday()}>
              {t.sameAsYesterday}
            </button>
            <p class="hint" id="same-hint">
              {t.sameAsYesterdayHint}
            </p>
          </div>
          <section class="stack" aria-labelledby="symptoms-heading">
            <h2 id="symptoms-heading">{t.symptomsHeading}</h2>
            {symptoms === null && <p class="notice">{t.symptomsUnavailable}</p>}
            {symptoms?.length === 0 && <p>{t.noPinned}</p>}
            {SYMPTOM_GROUPS.map((group) => {
              const inGroup = (symptoms ?? []).filter((s) => s.group === group);
              if (inGroup.length === 0) return null;
              return (
                <div class="stack" key={group}>
                  <h3 class="group-heading">{t.groupHeading(group)}</h3>
                  {inGroup.map((symptom) => (
                    <SeverityPicker
                      key={symptom.id}
                      symptom={symptom}
                      value={draft.symptoms[symptom.id]}
                      onChange={setSeverity}
                    />
                  ))}
                </div>
              );
            })}
            {(() => {
              const others = (symptoms ?? []).filter((s) => !(SYMPTOM_GROUPS as readonly string[]).includes(s.group));
              return others.map((symptom) => (
                <SeverityPicker
                  key={symptom.id}
                  symptom={symptom}
                  value={draft.symptoms[symptom.id]}
                  onChange={setSeverity}
                />
              ));
            })()}
            <p>
              <a class="jump-link" href="#/symptoms">
                {t.chooseSymptoms}
              </a>
            </p>
          </section>
          <TagToggles value={draft.tags} onToggle={(tag) => update({ tags: toggleTag(draft.tags, tag) })} />
          <section class="stack" aria-labelledby="details-heading">
            <h2 id="details-heading">{t.detailsHeading}</h2>
            <SleepStepper value={draft.sleep} error={fieldErrors.sleepHours} onChange={(sleep) => update({ sleep })} />
            {oneMedicine && doses.length > 0 ? (
              <p data-testid="dose-from-log">{t.doseFromLog(totalMg(doses))}</p>
            ) : oneMedicine ? (
              <TextField
                id="dose"
                label={t.doseLabel}
                hint={t.doseHint}
                inputMode="decimal"
                autoComplete="off"
                value={draft.dose}
                error={fieldErrors.doseMg}
                onInput={(dose) => update({ dose })}
              />
            ) : (
              <p class="hint" data-testid="dose-in-log">
                {t.doseInLog}
              </p>
            )}
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
