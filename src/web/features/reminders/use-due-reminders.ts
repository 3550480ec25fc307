import { useEffect, useRef, useState } from 'preact/hooks';
import { dismissReminder, dueReminders, type DueReminder, type ReminderId } from '../../../core/index.js';
import { localToday } from '../../dates.js';
import { loadDismissals, loadReminderSettings, REMINDERS_CHANGED, saveDismissals } from './reminder-store.js';
import { useRecords } from '../../data/web-data-context.js';
import { todaysTracking } from './todays-tracking.js';

/** How often the open app looks again; a reminder can show up to this late, which is fine for a daily nudge. */
export const RECHECK_MS = 30_000;
/** The outbox changes several times per save (queued, sending, sent): look once, after it settles. */
const AFTER_ACTION_MS = 300;

/**
 * The in-app reminders due now for this account, re-checked every 30 s, when the app comes back into view,
 * when the screen or the settings change, and shortly after a save while one is showing. Reads the clock here,
 * at the edge, and asks the pure core what is due.
 */
export function useDueReminders(
  accountId: string,
  screen: string,
): { readonly due: readonly DueReminder[]; readonly dismiss: (id: ReminderId) => void } {
  const records = useRecords();
  const [due, setDue] = useState<readonly DueReminder[]>([]);
  // Each check gets a number; an answer that arrives after a newer check started is dropped.
  const latest = useRef(0);
  const showing = useRef(false);
  showing.current = due.length > 0;

  async function check(): Promise<void> {
    if (document.visibilityState === 'hidden') return;
    const run = ++latest.current;
    const now = new Date();
    const settings = loadReminderSettings(accountId);
    const day = {
      date: localToday(now),
      minutes: now.getHours() * 60 + now.getMinutes(),
      dismissals: loadDismissals(accountId),
    };
    // Ask the server only when something could be due by the clock alone.
    if (dueReminders(settings, { ...day, checkinSaved: false, dosesLogged: 0 }).length === 0) {
      setDue([]);
      return;
    }
    const tracking = await todaysTracking(records, day.date);
    if (run === latest.current) setDue(dueReminders(settings, { ...day, ...tracking }));
  }

  useEffect(() => {
    void check();
  }, [accountId, screen]);

  useEffect(() => {
    let pending: number | undefined;
    const recheck = () => void check();
    // Every check-in, dose and undo goes through the outbox: a change there may satisfy a reminder.
    const soon = () => {
      if (!showing.current) return;
      window.clearTimeout(pending);
      pending = window.setTimeout(recheck, AFTER_ACTION_MS);
    };
    const unsubscribe = records.subscribe(soon);
    const timer = window.setInterval(recheck, RECHECK_MS);
    document.addEventListener('visibilitychange', recheck);
    window.addEventListener(REMINDERS_CHANGED, recheck);
    return () => {
      // An answer that lands after this is torn down is dropped too.
      latest.current++;
      window.clearInterval(timer);
      window.clearTimeout(pending);
      document.removeEventListener('visibilitychange', recheck);
      window.removeEventListener(REMINDERS_CHANGED, recheck);
      unsubscribe();
    };
  }, [accountId]);

  function dismiss(id: ReminderId): void {
    saveDismissals(accountId, dismissReminder(loadDismissals(accountId), localToday(), id));
    latest.current++;
    setDue((shown) => shown.filter((r) => r.id !== id));
  }

  return { due, dismiss };
}
