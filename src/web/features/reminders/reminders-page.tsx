import { useState } from 'preact/hooks';
import type { Account } from '../../../api/schemas.js';
import { MAX_DOSE_TIMES, type ReminderSettings } from '../../../core/index.js';
import { useRecords } from '../../data/web-data-context.js';
import { checkField } from '../../describe-failure.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { CheckboxField } from '../../components/checkbox-field.js';
import { TimeField } from '../../components/time-field.js';
import { loadReminderSettings, saveReminderSettings } from './reminder-store.js';
import { addDoseRow, formFromSettings, settingsFromForm, type ReminderForm } from './reminder-form.js';
import { SubmitRow } from '../../components/submit-row.js';

interface Props {
  readonly account: Account;
}

const doseInputId = (key: number) => `dose-time-${key}`;

/** Where a problem is shown: the check-in time, or one dose row (by its position). */
type Problem = ({ readonly field: 'checkinTime' } | { readonly field: 'dose'; readonly index: number }) & {
  readonly message: string;
};

const sameSettings = (a: ReminderSettings, b: ReminderSettings) => JSON.stringify(a) === JSON.stringify(b);

/** "Every day: check-in at 20:00; doses at 08:00 and 20:00." as one whole sentence for each case. */
function calendarSummary({ t, f }: Pick<I18n, 't' | 'f'>, saved: ReminderSettings): string {
  const { checkinTime, doseTimes } = saved;
  const doses = { count: doseTimes.length, times: f.list(doseTimes) };
  if (checkinTime === null) return t('reminders.calendarDoses', doses);
  if (doseTimes.length === 0) return t('reminders.calendarCheckin', { checkin: checkinTime });
  return t('reminders.calendarBoth', { checkin: checkinTime, ...doses });
}

/** The saved times as a calendar file the person's own calendar reminds them from, with how to add it. */
function CalendarSection({ saved, unsaved }: { readonly saved: ReminderSettings; readonly unsaved: boolean }) {
  const records = useRecords();
  const i18n = useI18n();
  const { t } = i18n;
  const hasCalendar = saved.checkinTime !== null || saved.doseTimes.length > 0;
  return (
    <section class="stack reminders-calendar" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('reminders.calendarHeading')}</h2>
      <p>{t('reminders.calendarIntro')}</p>
      {hasCalendar ? (
        <>
          <p>
            <a
              class="button"
              href={records.remindersCalendarUrl(saved.checkinTime ?? 'none', saved.doseTimes)}
              download="taper-reminders.ics"
              aria-describedby="calendar-summary"
            >
              {t('reminders.calendarLink')}
            </a>
          </p>
          <p class="hint" id="calendar-summary">
            {calendarSummary(i18n, saved)}
          </p>
          {unsaved && <p class="notice">{t('reminders.calendarUnsaved')}</p>}
        </>
      ) : (
        <p class="notice">{t('reminders.calendarNothing')}</p>
      )}
      <h3>{t('reminders.howHeading')}</h3>
      <ul class="how-list">
        <li>{t('reminders.howIphone')}</li>
        <li>{t('reminders.howAndroid')}</li>
        <li>{t('reminders.howComputer')}</li>
        <li>{t('reminders.howChange')}</li>
        <li>{t('reminders.howStop')}</li>
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
  const { t } = i18n;
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
    setStatus(t('reminders.doseTimeAdded', { n: next.doses.length }));
    const added = next.doses[next.doses.length - 1];
    if (added) window.setTimeout(() => document.getElementById(doseInputId(added.key))?.focus(), 0);
  }

  function removeDose(index: number): void {
    const doses = form.doses.filter((_, i) => i !== index);
    change({ ...form, doses });
    setProblem(undefined);
    setStatus(t('reminders.doseTimeRemoved', { n: index + 1 }));
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
      setStatus(t('reminders.saved'));
      return;
    }
    const field = current.error.field ?? '';
    const row = /^doseTimes\.(\d+)$/.exec(field);
    const index = row ? Number(row[1]) : -1;
    const dose = form.doses[index];
    if (dose) {
      setProblem({
        field: 'dose',
        index,
        message: dose.time === '' ? t('reminders.doseTimeMissing') : t('reminders.doseTimeTaken', { time: dose.time }),
      });
      setStatus(checkField(i18n.t, t('reminders.doseTime', { n: index + 1 })));
      document.getElementById(doseInputId(dose.key))?.focus();
    } else {
      setProblem({ field: 'checkinTime', message: t('reminders.checkinTimeMissing') });
      setStatus(checkField(i18n.t, t('reminders.checkinTime')));
      document.getElementById('checkin-time')?.focus();
    }
  }

  const doseError = (index: number): string | undefined =>
    problem?.field === 'dose' && problem.index === index ? problem.message : undefined;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('reminders.title')}
      </h1>
      <p>{t('reminders.intro')}</p>

      <form class="stack" noValidate onSubmit={save} data-testid="reminder-settings">
        <section class="panel stack" aria-labelledby="checkin-reminder-heading">
          <h2 id="checkin-reminder-heading">{t('reminders.checkinHeading')}</h2>
          <CheckboxField
            id="checkin-on"
            label={t('reminders.checkinOn')}
            checked={form.checkinOn}
            onChange={(checkinOn) => change({ ...form, checkinOn })}
          />
          {form.checkinOn && (
            <TimeField
              id="checkin-time"
              label={t('reminders.checkinTime')}
              hint={t('reminders.checkinTimeHint')}
              value={form.checkinTime}
              error={problem?.field === 'checkinTime' ? problem.message : undefined}
              onInput={(checkinTime) => change({ ...form, checkinTime })}
            />
          )}
        </section>

        <section class="panel stack" aria-labelledby="dose-reminder-heading">
          <h2 id="dose-reminder-heading">{t('reminders.doseHeading')}</h2>
          <p class="hint">{t('reminders.doseIntro', { max: MAX_DOSE_TIMES })}</p>
          {form.doses.length === 0 ? (
            <p>{t('reminders.noDoseTimes')}</p>
          ) : (
            <ul class="dose-times">
              {form.doses.map((dose, index) => (
                <li key={dose.key}>
                  <TimeField
                    id={doseInputId(dose.key)}
                    label={t('reminders.doseTime', { n: index + 1 })}
                    value={dose.time}
                    error={doseError(index)}
                    onInput={(time) => setDoseTime(dose.key, time)}
                  >
                    <button
                      type="button"
                      class="button"
                      aria-label={t('reminders.removeDoseTimeLabel', { n: index + 1 })}
                      onClick={() => removeDose(index)}
                    >
                      {t('reminders.removeDoseTime')}
                    </button>
                  </TimeField>
                </li>
              ))}
            </ul>
          )}
          {form.doses.length < MAX_DOSE_TIMES ? (
            <p>
              <button type="button" id="add-dose-time" class="button" onClick={addDose}>
                {t('reminders.addDoseTime')}
              </button>
            </p>
          ) : (
            <p class="hint">{t('reminders.maxDoseTimes', { max: MAX_DOSE_TIMES })}</p>
          )}
        </section>

        <section class="panel stack" aria-labelledby="in-app-heading">
          <h2 id="in-app-heading">{t('reminders.inAppHeading')}</h2>
          <CheckboxField
            id="in-app"
            label={t('reminders.inApp')}
            checked={form.inApp}
            onChange={(inApp) => change({ ...form, inApp })}
          />
          <p class="hint">{t('reminders.inAppHint')}</p>
        </section>

        <SubmitRow label={t('reminders.save')} status={status} statusTestId="reminders-status" />
      </form>

      <CalendarSection saved={saved} unsaved={unsaved} />
    </>
  );
}
