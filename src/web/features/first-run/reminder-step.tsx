import { useState } from 'preact/hooks';
import { isTimeOfDay } from '../../../core/index.js';
import { CheckboxField } from '../../components/checkbox-field.js';
import { TimeField } from '../../components/time-field.js';
import { loadReminderSettings, saveReminderSettings } from '../reminders/reminder-store.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly accountId: string;
  /** Where the path ends: Today, or the Plan screen's editor for someone who chose to make a plan. */
  readonly toPlan: boolean;
  readonly onDone: () => void;
}

/** The last step: the daily check-in reminder, on or off and when, kept with the Reminders screen's settings. */
export function ReminderStep({ accountId, toPlan, onDone }: Props) {
  const { t } = useI18n();
  const [settings] = useState(() => loadReminderSettings(accountId));
  const [on, setOn] = useState(settings.checkinTime !== null);
  const [time, setTime] = useState(settings.checkinTime ?? '20:00');
  const [error, setError] = useState<string | undefined>(undefined);

  function changeTime(next: string) {
    setTime(next);
    setError(undefined);
  }

  function done(event: Event) {
    event.preventDefault();
    if (on && !isTimeOfDay(time)) {
      setError(t('firstRun.reminderTimeMissing'));
      document.getElementById('first-run-time')?.focus();
      return;
    }
    saveReminderSettings(accountId, { ...settings, checkinTime: on ? time : null });
    onDone();
  }

  return (
    <form class="stack" noValidate onSubmit={done}>
      <p>{t('firstRun.reminderIntro')}</p>
      <CheckboxField id="first-run-remind" label={t('firstRun.reminderOn')} checked={on} onChange={setOn} />
      {on && (
        <TimeField
          id="first-run-time"
          label={t('firstRun.reminderTime')}
          hint={t('firstRun.reminderTimeHint')}
          value={time}
          error={error}
          onInput={changeTime}
        />
      )}
      <button type="submit" class="button button--primary">
        {toPlan ? t('firstRun.finishToPlan') : t('firstRun.finish')}
      </button>
    </form>
  );
}
