/**
 * The session room: who this tab acts for. Asks the server at start (and, with no connection, carries on as the
 * person last signed in on this device), signs in and out, and ends the session when the server says it has
 * ended. Screens read it through `useSession()`; they never handle `unauthenticated` themselves.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ApiFailure } from '../../api/api-result.js';
import type { Account } from '../../api/schemas.js';
import type { AccountCalls } from '../data/create-web-data.js';
import { useWebData } from '../data/web-data-context.js';
import { useSendWhenOnline } from '../data/use-send-when-online.js';
import { useDescribeFailure } from '../describe-failure.js';
import { rememberAccount, rememberedAccount } from './account-memory.js';
import { leaveAccount, type Leaving } from './leaving.js';
import { useAccountWatch } from './use-account-watch.js';

export interface Session {
  /** Undefined while the app asks who is signed in; null when nobody is. */
  readonly account: Account | null | undefined;
  /** A word for the person about the session (signed out elsewhere, no connection, welcome back). */
  readonly notice: string | undefined;
  /** True while a sign-out is on its way (it waits for entries being sent). */
  readonly signingOut: boolean;
  readonly signedIn: (account: Account, welcome?: string) => void;
  readonly signOut: () => Promise<void>;
  /** Undefined once done (or while a sign-out is already on its way); the server's refusal otherwise. */
  readonly leave: (leaving: Leaving) => Promise<ApiFailure | undefined>;
  readonly changeNotice: (change: (shown: string | undefined) => string | undefined) => void;
  /** The account's own requests (password, devices, deletion), for the Account screen. */
  readonly calls: AccountCalls;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}

export function SessionProvider({ children }: { readonly children: ComponentChildren }) {
  const describeFailure = useDescribeFailure();
  const { records, account: calls } = useWebData();
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [signingOut, setSigningOut] = useState(false);

  /** The account is known: records work for it at once, before any screen reads (see records.use). */
  function enter(next: Account) {
    records.use(next.id);
    rememberAccount(next);
    setAccount(next);
  }

  /** The session is over (or belongs to someone else now): stop acting for this account; entries stay queued. */
  function signedOut(why?: string) {
    void records.leave();
    setAccount(null);
    setNotice(why);
  }

  useEffect(() => {
    void calls.me().then((result) => {
      if (result.ok) return enter(result.value);
      // No connection: carry on as the person last signed in on this device, so the app works offline.
      const remembered = result.error.code === 'unauthenticated' ? undefined : rememberedAccount();
      if (remembered) return enter(remembered);
      if (result.error.code !== 'unauthenticated') setNotice(describeFailure(result.error));
      setAccount(null);
    });
  }, []);

  useAccountWatch(account, signedOut);
  // A "no connection" notice (e.g. from signing out offline) is over once the connection is back.
  useSendWhenOnline(account?.id, () =>
    setNotice((shown) => (shown === describeFailure({ code: 'network_error' }) ? undefined : shown)),
  );

  async function leave(leaving: Leaving): Promise<ApiFailure | undefined> {
    if (!account || signingOut) return undefined;
    setSigningOut(true);
    const failure = await leaveAccount(records, account.id, leaving);
    setSigningOut(false);
    if (!failure) signedOut(leaving.notice);
    // The Account screen belonged to the erased account: whoever signs in next starts at Today.
    if (!failure && leaving.erase) window.history.replaceState(null, '', '#/today');
    return failure;
  }

  const session: Session = {
    account,
    notice,
    signingOut,
    signedIn(next, welcome) {
      setNotice(welcome);
      enter(next);
    },
    async signOut() {
      const failure = await leave({ call: calls.logout });
      if (failure) setNotice(describeFailure(failure));
    },
    leave,
    changeNotice: setNotice,
    calls,
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
