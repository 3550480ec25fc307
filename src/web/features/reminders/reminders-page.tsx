import { useState } from 'preact/hooks';
import type { Account } from '../../../api/schemas.js';
import { MAX_DOSE_TIMES, type ReminderSettings } from '../../../core/index.js';
import { useRecords } from '../../data/web-data-context.js';
import { checkField } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { remindersText } from './messages.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { CheckboxField } from '../../components/checkbox-field.js';
import { TimeField } from '../../components/time-field.js';
import { loadReminderSettings, saveReminderSettings } from './reminder-store.js';
import { addDoseRow, formFromSettings, settingsFromForm, type ReminderForm } from './reminder-form.js';
import { SubmitRow } from '../../components/submit-row.js';

interface Props {
  readonly account: Account;
}

const t = remindersText;
const doseInputId = (key: number) => `dose-time-${key}`;

/** Where a problem is shown: the check-in time, or one dose row (by its position). */
type Problem = ({ readonly field: 'checkinTime' } | { readonly field: 'dose'; readonly index: number }) & {
  readonly message: string;
};

const sameSettings = (a: ReminderSettings, b: ReminderSettings) => JSON.stringify(a) === JSON.stringify(b);

/** The saved times as a calendar file the person's own calendar reminds them from, with how to add it. */
function CalendarSection({ saved, unsaved }: { readonly saved: ReminderSettings; readonly unsaved: boolean }) {
  const records = useRecords();
  const hasCalendar = saved.checkinTime !== null || saved.doseTimes.length > 0;
  return (
    <section class="stack reminders-calendar" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t.calendarHeading}</h2>
      <p>{t.calendarIntro}</p>
      {hasCalendar ? (
        <>
          <p>
            <a
              class="button"
              href={records.remindersCalendarUrl(saved.checkinTime ?? 'none', saved.doseTimes)}
              download="taper-reminders.ics"
              aria-describedby="calendar-summary"
            >
              {t.calendarLink}
            </a>
          </p>
          <p class="hint" id="calendar-summary">
            {t.calendarSummary(saved.checkinTime, saved.doseTimes)}
          </p>
          {unsaved && <p class="notice">{t.calendarUnsaved}</p>}
        </>
      ) : (
        <p class="notice">{t.calendarNothing}</p>
      )}
      <h3>{t.howHeading}</h3>
      <ul class="how-list">
        <li>{t.howIphone}</li>
        <li>{t.howAndroid}</li>
        <li>{t.howComputer}</li>
        <li>{t.howChange}</li>
        <li>{t.howStop}</li>
      </ul>
    </section>
  );
}

/**
 * Reminder times, kept on this device: a daily check-in, dose times, and whether the open app shows them.
 * The calendar file is built by the server from the saved times alone, so it needs no session to fetch.
 */
export function RemindersPage({ account }: Props) {
  const i18n = useI18n();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [saved, setSaved] = useState<ReminderSettings>(() => loadReminderSettings(account.id));
  const [form, setForm] = useState<ReminderForm>(() => formFromSettings(saved));
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [status, setStatus] = useState('');

  const current = settingsFromForm(form);
  const unsaved = !current.ok || !sameSettings(current.value, saved);

  function change(next: ReminderForm): void {
    setForm(next);
    setStatus('');
  }

  function setDoseTime(key: number, time: string): void {
    change({ ...form, doses: form.doses.map((d) => (d.key === key ? { ...d, time } : d)) });
  }

  function addDose(): void {
    const next = addDoseRow(form);
    change(next);
    setStatus(t.doseTimeAdded(next.doses.length));
    const added = next.doses[next.doses.length - 1];
    if (added) window.setTimeout(() => document.getElementById(doseInputId(added.key))?.focus(), 0);
  }

  function removeDose(index: number): void {
    const doses = form.doses.filter((_, i) => i !== index);
    change({ ...form, doses });
    setProblem(undefined);
    setStatus(t.doseTimeRemoved(index + 1));
    // Focus the row before (or the one that moved up), else the Add button: never lost to the page.
    const neighbour = doses[Math.max(0, index - 1)];
    window.setTimeout(
      () => document.getElementById(neighbour ? doseInputId(neighbour.key) : 'add-dose-time')?.focus(),
      0,
    );
  }

  function save(event: Event): void {
    event.preventDefault();
    if (current.ok) {
      saveReminderSettings(account.id, current.value);
      setSaved(current.value);
      setForm(formFromSettings(current.value));
      setProblem(undefined);
      setStatus(t.saved);
      return;
    }
    const field = current.error.field ?? '';
    const row = /^doseTimes\.(\d+)$/.exec(field);
    const index = row ? Number(row[1]) : -1;
    const dose = form.doses[index];
    if (dose) {
      setProblem({ field: 'dose', index, message: dose.time === '' ? t.doseTimeMissing : t.doseTimeTaken(dose.time) });
      setStatus(checkField(i18n.t, t.doseTime(index + 1)));
      document.getElementById(doseInputId(dose.key))?.focus();
    } else {
      setProblem({ field: 'checkinTime', message: t.checkinTimeMissing });
      setStatus(checkField(i18n.t, t.checkinTime));
      document.getElementById('checkin-time')?.focus();
    }
  }

  const doseError = (index: number): string | undefined =>
    problem?.field === 'dose' && problem.index === index ? problem.message : undefined;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p>{t.intro}</p>

      <form class="stack" noValidate onSubmit={save} data-testid="reminder-settings">
        <section class="panel stack" aria-labelledby="checkin-reminder-heading">
          <h2 id="checkin-reminder-heading">{t.checkinHeading}</h2>
          <CheckboxField
            id="checkin-on"
            label={t.checkinOn}
            checked={form.checkinOn}
            onChange={(checkinOn) => change({ ...form, checkinOn })}
          />
          {form.checkinOn && (
            <TimeField
              id="checkin-time"
              label={t.checkinTime}
              hint={t.checkinTimeHint}
              value={form.checkinTime}
              error={problem?.field === 'checkinTime' ? problem.message : undefined}
              onInput={(checkinTime) => change({ ...form, checkinTime })}
            />
          )}
        </section>

        <section class="panel stack" aria-labelledby="dose-reminder-heading">
          <h2 id="dose-reminder-heading">{t.doseHeading}</h2>
          <p class="hint">{t.doseIntro(MAX_DOSE_TIMES)}</p>
          {form.doses.length === 0 ? (
            <p>{t.noDoseTimes}</p>
          ) : (
            <ul class="dose-times">
              {form.doses.map((dose, index) => (
                <li key={dose.key}>
                  <TimeField
                    id={doseInputId(dose.key)}
                    label={t.doseTime(index + 1)}
                    value={dose.time}
                    error={doseError(index)}
                    onInput={(time) => setDoseTime(dose.key, time)}
                  >
                    <button
                      type="button"
                      class="button"
                      aria-label={t.removeDoseTimeLabel(index + 1)}
                      onClick={() => removeDose(index)}
                    >
                      {t.removeDoseTime}
                    </button>
                  </TimeField>
                </li>
              ))}
            </ul>
          )}
          {form.doses.length < MAX_DOSE_TIMES ? (
            <p>
              <button type="button" id="add-dose-time" class="button" onClick={addDose}>
                {t.addDoseTime}
              </button>
            </p>
          ) : (
            <p class="hint">{t.maxDoseTimes(MAX_DOSE_TIMES)}</p>
          )}
        </section>

        <section class="panel stack" aria-labelledby="in-app-heading">
          <h2 id="in-app-heading">{t.inAppHeading}</h2>
          <CheckboxField
            id="in-app"
            label={t.inApp}
            checked={form.inApp}
            onChange={(inApp) => change({ ...form, inApp })}
          />
          <p class="hint">{t.inAppHint}</p>
        </section>

        <SubmitRow label={t.save} status={status} statusTestId="reminders-status" />
      </form>

      <CalendarSection saved={saved} unsaved={unsaved} />
    </>
  );
}
