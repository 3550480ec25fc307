/**
 * While signed in, the checks that the tab still acts for the person on screen: the one place that handles an
 * `unauthenticated` answer (from any request: the session ended, or another tab signed in as someone else),
 * and the `storage` event other tabs cause when they sign in or out.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Account } from '../../api/schemas.js';
import { useWebData } from '../data/web-data-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ACCOUNT_STORAGE_KEY } from './account-memory.js';

export function useAccountWatch(account: Account | null | undefined, signedOut: (why?: string) => void): void {
  const data = useWebData();
  const { t } = useI18n();
  // The listener outlives renders: it reads the account, the handler and the language of the moment.
  const current = useRef({ account, signedOut, t });
  current.current = { account, signedOut, t };

  useEffect(
    () =>
      data.onSessionEnded(() => {
        // Before sign-in (or while asking who is signed in) "unauthenticated" is the expected answer.
        if (current.current.account) current.current.signedOut(current.current.t('sync.sessionEnded'));
      }),
    [data],
  );

  useEffect(() => {
    if (!account) return undefined;
    // Someone signed in or out in another tab: check who this tab is acting for before anything else is saved.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== ACCOUNT_STORAGE_KEY) return;
      void data.account.me().then((r) => {
        if (r.ok ? r.value.id !== account.id : r.error.code === 'unauthenticated')
          current.current.signedOut(current.current.t('sync.otherTab'));
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [account?.id]);
}
