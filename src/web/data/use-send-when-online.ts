import { useEffect } from 'preact/hooks';
import { useRecords } from './web-data-context.js';

/**
 * Sends what waits on this device as soon as there is a connection, and when the person comes back to the app.
 * `onOnline` lets the caller clear a "no connection" notice.
 */
export function useSendWhenOnline(accountId: string | undefined, onOnline: () => void): void {
  const records = useRecords();
  useEffect(() => {
    if (accountId === undefined) return undefined;
    const send = () => {
      onOnline();
      void records.syncNow();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') send();
    };
    window.addEventListener('online', send);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', send);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [accountId, records]);
}
