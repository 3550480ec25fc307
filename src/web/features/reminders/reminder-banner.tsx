import type { DueReminder } from '../../../core/index.js';
import { useI18n, useWords } from '../../i18n/i18n-context.js';
import { useDueReminders } from './use-due-reminders.js';

interface Props {
  readonly accountId: string;
  /** The current screen: a change prompts a re-check, and on Today the link to Today is left out. */
  readonly screen: string;
}

/** Due reminders as a quiet note at the top of the screen: no sound, no motion, each one dismissible for today. */
export function ReminderBanner({ accountId, screen }: Props) {
  const { t } = useI18n();
  const { due, dismiss } = useDueReminders(accountId, screen);
  // The banner ships with every screen; the Reminders words come only once something is due.
  const worded = useWords(['reminders'], due.length > 0);

  function dismissAndMoveFocus(reminder: DueReminder, index: number): void {
    const next = due[index + 1] ?? due[index - 1];
    dismiss(reminder.id);
    // The button disappears with its reminder; keep keyboard focus somewhere sensible.
    window.setTimeout(() => {
      const target = next ? document.getElementById(`dismiss-${next.id}`) : document.getElementById('main');
      target?.focus({ preventScroll: true });
    }, 0);
  }

  // Always rendered, so screen readers already know the live region when a reminder arrives.
  return (
    <div class="reminders" role="status" data-testid="reminder-banner">
      {worded && due.length > 0 && (
        <ul class="reminders__list">
          {due.map((reminder, index) => (
            <li class="reminder" key={reminder.id}>
              <p class="reminder__text">
                {reminder.kind === 'checkin'
                  ? t('reminders.dueCheckin', { time: reminder.time })
                  : t('reminders.dueDose', { time: reminder.time })}
              </p>
              <div class="reminder__actions">
                {screen !== 'today' && (
                  <a class="button" href="#/today">
                    {t('reminders.openToday')}
                  </a>
                )}
                <button
                  type="button"
                  id={`dismiss-${reminder.id}`}
                  class="button button--quiet"
                  aria-label={
                    reminder.kind === 'checkin'
                      ? t('reminders.dismissCheckinLabel')
                      : t('reminders.dismissDoseLabel', { time: reminder.time })
                  }
                  onClick={() => dismissAndMoveFocus(reminder, index)}
                >
                  {t('reminders.dismiss')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
