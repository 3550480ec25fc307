import { useEffect, useState } from 'preact/hooks';
import type { Account, RedFlagView } from '../api/schemas.js';
import { api } from './api.js';
import { localIsoDateTime } from './dates.js';
import { describeFailure } from './errors.js';
import { messages } from './messages.js';
import { rememberAccount, rememberedAccount, forgetAccount } from './account-memory.js';
import { records } from './offline/index.js';
import { SyncStatusPanel } from './components/sync-status.js';
import { BUILT_IN_RED_FLAGS, orderRedFlags } from './red-flags.js';
import { removeAll } from './storage.js';
import { applyTheme, initialTheme, saveTheme, type Theme } from './theme.js';
import { AppHeader, type Route } from './components/app-header.js';
import { AuthPage } from './pages/auth-page.js';
import { HistoryPage } from './pages/history-page.js';
import { ReminderBanner } from './reminders/reminder-banner.js';
import { TodayPage } from './pages/today-page.js';
import { UrgentHelp, type Recording } from './pages/urgent-help.js';
import { lazyScreen } from './lazy-screen.js';

// Screens other than Today load on first visit (see lazy-screen.tsx).
const PlanPage = lazyScreen(() => import('./pages/plan-page.js').then((m) => m.PlanPage));
const QuestionnairesPage = lazyScreen(() => import('./pages/questionnaires-page.js').then((m) => m.QuestionnairesPage));
const RemindersPage = lazyScreen(() => import('./pages/reminders-page.js').then((m) => m.RemindersPage));
const SymptomsPage = lazyScreen(() => import('./pages/symptoms-page.js').then((m) => m.SymptomsPage));

function routeFromHash(): Route {
  if (window.location.hash === '#/history') return 'history';
  if (window.location.hash === '#/plan') return 'plan';
  if (window.location.hash === '#/symptoms') return 'symptoms';
  if (window.location.hash === '#/questionnaires') return 'questionnaires';
  if (window.location.hash === '#/reminders') return 'reminders';
  return 'today';
}

/** Auth state, the current screen, theme, and the data shared by screens (symptoms, red flags). */
export function App() {
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [route, setRoute] = useState<Route>(routeFromHash);
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const [redFlags, setRedFlags] = useState<readonly RedFlagView[]>(() => orderRedFlags(BUILT_IN_RED_FLAGS));
  const [supplyFlags, setSupplyFlags] = useState<readonly RedFlagView[]>([]);
  const [urgent, setUrgent] = useState<{ flag: RedFlagView; recording: Recording } | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  useEffect(() => {
    const onHash = () => {
      setRoute(routeFromHash());
      setUrgent(undefined);
    };
    window.addEventListener('hashchange', onHash);
    void api.me().then((result) => {
      if (result.ok) {
        rememberAccount(result.value);
        return setAccount(result.value);
      }
      // No connection: carry on as the person last signed in on this device, so the app works offline.
      const remembered = result.error.code === 'unauthenticated' ? undefined : rememberedAccount();
      if (remembered) return setAccount(remembered);
      if (result.error.code !== 'unauthenticated') setNotice(describeFailure(result.error));
      setAccount(null);
    });
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    records.use(account?.id);
    if (!account) return undefined;
    // Send what waits on this device as soon as there is a connection, and when the person comes back to the app.
    const sync = () => void records.syncNow();
    const onVisible = () => {
      if (document.visibilityState === 'visible') sync();
    };
    window.addEventListener('online', sync);
    document.addEventListener('visibilitychange', onVisible);
    void records.redFlags().then((r) => {
      if (r.ok && r.value.redFlags.length > 0) setRedFlags(orderRedFlags(r.value.redFlags));
      if (r.ok) setSupplyFlags(r.value.supplyFlags);
    });
    return () => {
      window.removeEventListener('online', sync);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [account?.id]);

  function toggleTheme() {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setTheme(next);
    saveTheme(next);
  }

  function signedOut() {
    setAccount(null);
    setUrgent(undefined);
  }

  async function signOut() {
    const result = await api.logout();
    if (!result.ok && result.error.code !== 'unauthenticated') {
      setNotice(describeFailure(result.error));
      return;
    }
    if (account) {
      removeAll(`draft.${account.id}.`);
      await records.forget(account.id);
    }
    forgetAccount();
    setNotice(undefined);
    signedOut();
  }

  function signedIn(next: Account) {
    setNotice(undefined);
    rememberAccount(next);
    setAccount(next);
    setRoute(routeFromHash());
  }

  /** Guidance first, at once; recording the event follows and never delays it. */
  function raiseRedFlag(flag: RedFlagView) {
    const current = account;
    setUrgent({ flag, recording: { state: current ? 'recording' : 'signed-out' } });
    if (!current) return;
    const body = { id: crypto.randomUUID(), kind: flag.kind, occurredAt: localIsoDateTime() };
    void records.recordEvent(body).then((result) => {
      // Once on the device it is never lost: if it could not be sent yet, it is sent later.
      const recording: Recording = result.ok && result.value.synced ? { state: 'recorded', at: new Date() } : { state: 'queued' };
      setUrgent((shown) => (shown?.flag.kind === flag.kind ? { flag, recording } : shown));
    });
  }

  let screen;
  if (urgent) {
    screen = <UrgentHelp flag={urgent.flag} recording={urgent.recording} signedIn={!!account} onBack={() => setUrgent(undefined)} />;
  } else if (account === undefined) {
    screen = (
      <p class="status" role="status">
        {messages.loading}
      </p>
    );
  } else if (account === null) {
    screen = <AuthPage onSignedIn={signedIn} redFlags={redFlags} onRedFlag={raiseRedFlag} notice={notice} />;
  } else if (route === 'plan') {
    screen = <PlanPage onSignedOut={signedOut} />;
  } else if (route === 'history') {
    screen = <HistoryPage account={account} onSignedOut={signedOut} supplyFlags={supplyFlags} onRedFlag={raiseRedFlag} />;
  } else if (route === 'symptoms') {
    screen = <SymptomsPage onSignedOut={signedOut} />;
  } else if (route === 'reminders') {
    screen = <RemindersPage account={account} />;
  } else if (route === 'questionnaires') {
    screen = <QuestionnairesPage onSignedOut={signedOut} />;
  } else {
    screen = <TodayPage account={account} redFlags={redFlags} onRedFlag={raiseRedFlag} onSignedOut={signedOut} />;
  }

  return (
    <>
      <AppHeader
        signedIn={!!account}
        route={urgent ? null : route}
        theme={theme}
        onToggleTheme={toggleTheme}
        onSignOut={() => void signOut()}
        onNavigate={(next) => {
          setUrgent(undefined);
          setRoute(next);
        }}
      />
      <main id="main" class="main" tabIndex={-1}>
        {account && notice && <p class="notice">{notice}</p>}
        {!urgent && <SyncStatusPanel signedIn={!!account} />}
        {account && !urgent && <ReminderBanner accountId={account.id} screen={route} />}
        {screen}
      </main>
      <footer class="footer screen-only">
        <p>{messages.footer}</p>
      </footer>
    </>
  );
}
