import { useEffect, useState } from 'preact/hooks';
import type { ApiFailure } from '../api/client.js';
import type { Account, RedFlagView } from '../api/schemas.js';
import { api } from './api.js';
import { localToday } from './dates.js';
import { describeFailure } from './errors.js';
import { messages } from './messages.js';
import { ACCOUNT_STORAGE_KEY, rememberAccount, rememberedAccount } from './account-memory.js';
import { leaveAccount, type Leaving } from './leaving.js';
import { records, syncer } from './offline/index.js';
import { SyncStatusPanel } from './components/sync-status.js';
import { BUILT_IN_RED_FLAGS, BUILT_IN_SUPPLY_FLAGS, inOwnWords, orderRedFlags } from './red-flags.js';
import { readJson } from './storage.js';
import { applyTheme, initialTheme, saveTheme, type Theme } from './theme.js';
import { AppHeader, routeFromHash, type Route } from './features/navigation/app-header.js';
import { AuthPage } from './pages/auth-page.js';
import { ReminderBanner } from './reminders/reminder-banner.js';
import { TodayPage } from './features/today/today-page.js';
import { UrgentHelp } from './features/urgent-help/urgent-help-screen.js';
import { useUrgentHelp } from './features/urgent-help/use-urgent-help.js';
import { lazyScreen } from './lazy-screen.js';

// Screens other than Today load on first visit (see lazy-screen.tsx).
const PlanPage = lazyScreen(() => import('./features/plan/plan-page.js').then((m) => m.PlanPage));
const QuestionnairesPage = lazyScreen(() =>
  import('./features/questionnaires/questionnaires-page.js').then((m) => m.QuestionnairesPage),
);
const RemindersPage = lazyScreen(() => import('./pages/reminders-page.js').then((m) => m.RemindersPage));
const SymptomsPage = lazyScreen(() => import('./pages/symptoms-page.js').then((m) => m.SymptomsPage));
const HistoryPage = lazyScreen(() => import('./features/history/history-page.js').then((m) => m.HistoryPage));
const AccountPage = lazyScreen(() => import('./pages/account-page.js').then((m) => m.AccountPage));

/** Auth state, the current screen, theme, and the data shared by screens (symptoms, red flags). */
export function App() {
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [route, setRoute] = useState<Route>(routeFromHash);
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const [redFlags, setRedFlags] = useState<readonly RedFlagView[]>(() => orderRedFlags(BUILT_IN_RED_FLAGS));
  const [supplyFlags, setSupplyFlags] = useState<readonly RedFlagView[]>(BUILT_IN_SUPPLY_FLAGS);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [today, setToday] = useState(localToday);
  const [signingOut, setSigningOut] = useState(false);
  const urgentHelp = useUrgentHelp(account);
  const urgent = urgentHelp.shown;

  /** The account is known: records work for it at once, before any screen reads (see records.use). */
  function enter(next: Account) {
    records.use(next.id);
    rememberAccount(next);
    setAccount(next);
  }

  useEffect(() => {
    const onHash = () => {
      setRoute(routeFromHash());
      urgentHelp.close();
    };
    window.addEventListener('hashchange', onHash);
    void api.me().then((result) => {
      if (result.ok) return enter(result.value);
      // No connection: carry on as the person last signed in on this device, so the app works offline.
      const remembered = result.error.code === 'unauthenticated' ? undefined : rememberedAccount();
      if (remembered) return enter(remembered);
      if (result.error.code !== 'unauthenticated') setNotice(describeFailure(result.error));
      setAccount(null);
    });
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => applyTheme(theme), [theme]);

  // The calendar day moves on at midnight even while the app stays open; Today follows it, but not while a
  // check-in for the day on screen is typed and unsaved (that would hide it): it moves on once that is saved.
  useEffect(() => {
    const check = () => {
      const now = localToday();
      if (now === today) return;
      if (account && readJson(`draft.${account.id}.${today}`) !== undefined) return;
      setToday(now);
    };
    const timer = window.setInterval(check, 60_000);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [today, account?.id]);

  useEffect(() => {
    if (!account) return undefined;
    // Send what waits on this device as soon as there is a connection, and when the person comes back to the app.
    const sync = () => {
      // A "no connection" notice (e.g. from signing out offline) is over once the connection is back.
      setNotice((shown) => (shown === describeFailure({ code: 'network_error' }) ? undefined : shown));
      void records.syncNow();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') sync();
    };
    // Someone signed in or out in another tab: check who this tab is acting for before anything else is saved.
    const onStorage = (event: StorageEvent) => {
      if (event.key === ACCOUNT_STORAGE_KEY) {
        void api.me().then((r) => {
          if (r.ok ? r.value.id !== account.id : r.error.code === 'unauthenticated') signedOut(messages.sync.otherTab);
        });
      }
    };
    // The server said the session has ended while sending: ask the person to sign in again; entries are kept.
    const unsubscribe = syncer.subscribe((status) => {
      if (status.state === 'signed-out' && status.troubled) signedOut(messages.sync.sessionEnded);
    });
    window.addEventListener('online', sync);
    window.addEventListener('storage', onStorage);
    document.addEventListener('visibilitychange', onVisible);
    void records.redFlags().then((r) => {
      if (r.ok && r.value.redFlags.length > 0) setRedFlags(orderRedFlags(r.value.redFlags.map(inOwnWords)));
      if (r.ok) setSupplyFlags(r.value.supplyFlags.map(inOwnWords));
    });
    // Kept on the device now, so these screens open offline later even if never visited online.
    void records.instruments();
    void records.medications();
    return () => {
      unsubscribe();
      window.removeEventListener('online', sync);
      window.removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [account?.id]);

  function toggleTheme() {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setTheme(next);
    saveTheme(next);
  }

  /** The session is over (or belongs to someone else now): stop acting for this account; entries stay queued. */
  function signedOut(why?: string) {
    void records.leave();
    setAccount(null);
    urgentHelp.close();
    setNotice(why);
  }

  const sessionEnded = () => signedOut(messages.sync.sessionEnded);

  /** Undefined once done (or while a sign-out is already on its way); the server's refusal otherwise. */
  async function leave(leaving: Leaving): Promise<ApiFailure | undefined> {
    if (!account || signingOut) return undefined;
    setSigningOut(true);
    const failure = await leaveAccount(account.id, leaving);
    setSigningOut(false);
    if (!failure) signedOut(leaving.notice);
    // The Account screen belonged to the erased account: whoever signs in next starts at Today.
    if (!failure && leaving.erase) window.history.replaceState(null, '', '#/today');
    return failure;
  }

  async function signOut() {
    const failure = await leave({ call: api.logout });
    if (failure) setNotice(describeFailure(failure));
  }

  function signedIn(next: Account, welcome?: string) {
    setNotice(welcome);
    enter(next);
    setRoute(routeFromHash());
  }

  let screen;
  if (urgent) {
    screen = <UrgentHelp shown={urgent} onUndo={urgentHelp.undo} onBack={urgentHelp.close} />;
  } else if (account === undefined) {
    screen = (
      <p class="status" role="status">
        {messages.loading}
      </p>
    );
  } else if (account === null) {
    screen = <AuthPage onSignedIn={signedIn} redFlags={redFlags} onRedFlag={urgentHelp.raise} notice={notice} />;
  } else if (route === 'plan') {
    screen = <PlanPage onSignedOut={sessionEnded} />;
  } else if (route === 'history') {
    screen = (
      <HistoryPage
        account={account}
        onSignedOut={sessionEnded}
        supplyFlags={supplyFlags}
        onRedFlag={urgentHelp.raise}
      />
    );
  } else if (route === 'symptoms') {
    screen = <SymptomsPage onSignedOut={sessionEnded} />;
  } else if (route === 'reminders') {
    screen = <RemindersPage account={account} />;
  } else if (route === 'account') {
    screen = <AccountPage account={account} onLeave={leave} onSignedOut={sessionEnded} />;
  } else if (route === 'questionnaires') {
    screen = <QuestionnairesPage account={account} onSignedOut={sessionEnded} onRedFlag={urgentHelp.raise} />;
  } else {
    screen = (
      <TodayPage
        key={today}
        account={account}
        redFlags={redFlags}
        onRedFlag={urgentHelp.raise}
        onSignedOut={sessionEnded}
      />
    );
  }

  return (
    <>
      <AppHeader
        signedIn={!!account}
        route={urgent ? null : route}
        theme={theme}
        onToggleTheme={toggleTheme}
        onSignOut={() => void signOut()}
        signingOut={signingOut}
        onNavigate={(next) => {
          urgentHelp.close();
          setRoute(next);
          // "Welcome back" is for the moment of signing in, not for every screen after it.
          setNotice((shown) => (shown === messages.auth.welcomeBack ? undefined : shown));
        }}
      />
      <main id="main" class="main" tabIndex={-1}>
        {account && notice && <p class="notice">{notice}</p>}
        {!urgent && <SyncStatusPanel signedIn={!!account} paused={signingOut} />}
        {account && !urgent && <ReminderBanner accountId={account.id} screen={route} />}
        {screen}
      </main>
      <footer class="footer screen-only">
        <p>{messages.footer}</p>
      </footer>
    </>
  );
}
