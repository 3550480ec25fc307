import { useEffect, useState } from 'preact/hooks';
import { localToday } from './dates.js';
import { readJson } from './local-storage.js';

/**
 * The calendar day on screen. It moves on at midnight even while the app stays open, but not while a check-in
 * for the day on screen is typed and unsaved (that would hide it): it moves on once that is saved.
 */
export function useToday(accountId: string | undefined): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const check = () => {
      const now = localToday();
      if (now === today) return;
      if (accountId !== undefined && readJson(`draft.${accountId}.${today}`) !== undefined) return;
      setToday(now);
    };
    const timer = window.setInterval(check, 60_000);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [today, accountId]);
  return today;
}
