import { useEffect } from 'preact/hooks';
import type { Account, RedFlagView } from '../api/schemas.js';
import { AppHeader, routeFromHash, type Route } from './features/navigation/app-header.js';
import { SyncStatusPanel } from './components/sync-status.js';
import { lazyScreen } from './lazy-screen.js';
import { useI18n } from './i18n/i18n-context.js';
import { TodayPage } from './features/today/today-page.js';
import { UrgentHelp } from './features/urgent-help/urgent-help-screen.js';
import { useUrgentHelp } from './features/urgent-help/use-urgent-help.js';
import { ReminderBanner } from './features/reminders/reminder-banner.js';
import { useFirstRunGate } from './features/first-run/first-run-store.js';
import { useSession } from './session/session.js';
import { useRedFlags } from './use-red-flags.js';
import { useRoute } from './use-route.js';
import { useTheme } from './use-theme.js';
import { useToday } from './use-today.js';

// Screens other than Today load on first visit, each with the words it speaks with (see lazy-screen.tsx). Sign-in
// too: a person signed in (the one the check-in's budget is for) never needs it.
const AuthPage = lazyScreen(() => import('./features/auth/auth-page.js').then((m) => m.AuthPage), ['auth']);
const PlanPage = lazyScreen(
  () => import('./features/plan/plan-page.js').then((m) => m.PlanPage),
  ['plan', 'planMeasure', 'planFields'],
);
const QuestionnairesPage = lazyScreen(
  () => import('./features/questionnaires/questionnaires-page.js').then((m) => m.QuestionnairesPage),
  ['questionnaires'],
);
const RemindersPage = lazyScreen(
  () => import('./features/reminders/reminders-page.js').then((m) => m.RemindersPage),
  ['reminders'],
);
const SymptomsPage = lazyScreen(
  () => import('./features/symptoms/symptoms-page.js').then((m) => m.SymptomsPage),
  ['symptoms'],
);
const HistoryPage = lazyScreen(
  () => import('./features/history/history-page.js').then((m) => m.HistoryPage),
  // The readiness words too: a day's red flags are said as the readiness view says them.
  ['history', 'readiness'],
);
const InsightsPage = lazyScreen(
  () => import('./features/insights/insights-page.js').then((m) => m.InsightsPage),
  // The symptoms' words too: its per-symptom sections name the symptom groups (group.); and the phase card's.
  ['insights', 'phase', 'symptoms'],
);
const ReportPage = lazyScreen(
  () => import('./features/report/report-page.js').then((m) => m.ReportPage),
  // Its preview is the Insights screen's own sections, in their words.
  ['report', 'insights', 'symptoms'],
);
const FirstRun = lazyScreen(
  () => import('./features/first-run/first-run.js').then((m) => m.FirstRun),
  // The plan's words too: the dose step names medicines and forms as the plan does.
  ['firstRun', 'symptoms', 'plan', 'planMeasure', 'planFields'],
);
const AccountPage = lazyScreen(
  () => import('./features/account/account-page.js').then((m) => m.AccountPage),
  ['account'],
);

interface ScreenProps {
  readonly account: Account;
  readonly route: Route;
  readonly flags: { readonly redFlags: readonly RedFlagView[]; readonly supplyFlags: readonly RedFlagView[] };
}

/** The signed-in screen the route names. */
function SignedInScreen({ account, route, flags, onRedFlag }: ScreenProps & { onRedFlag: (f: RedFlagView) => void }) {
  const today = useToday(account.id);
  switch (route) {
    case 'plan':
      return <PlanPage accountId={account.id} />;
    case 'history':
      return <HistoryPage account={account} supplyFlags={flags.supplyFlags} onRedFlag={onRedFlag} />;
    case 'insights':
      return <InsightsPage today={today} />;
    case 'report':
      return <ReportPage accountId={account.id} today={today} />;
    case 'symptoms':
      return <SymptomsPage />;
    case 'reminders':
      return <RemindersPage account={account} />;
    case 'account':
      return <AccountPage />;
    case 'questionnaires':
      return <QuestionnairesPage account={account} onRedFlag={onRedFlag} />;
    case 'today':
      return <TodayPage key={today} account={account} redFlags={flags.redFlags} onRedFlag={onRedFlag} />;
  }
}

/** Composition only: the session, the route, the theme and urgent help, each from its own module. */
export function App() {
  const { t } = useI18n();
  const session = useSession();
  const { account } = session;
  const urgentHelp = useUrgentHelp(account);
  const [route, setRoute] = useRoute(urgentHelp.close);
  const { theme, toggleTheme } = useTheme();
  const flags = useRedFlags(account?.id);
  const firstRun = useFirstRunGate(account?.id);
  const urgent = urgentHelp.shown;
  // A new account's first run takes Today's place until it is done; the other screens stay one tap away.
  const inFirstRun = !!account && firstRun.active && route === 'today';
  // Signing out (here, elsewhere, or the session ending) leaves urgent help for the sign-in screen.
  useEffect(() => {
    if (!account) urgentHelp.close();
  }, [account?.id]);

  let screen;
  if (urgent) {
    screen = <UrgentHelp shown={urgent} onUndo={urgentHelp.undo} onBack={urgentHelp.close} />;
  } else if (account === undefined) {
    screen = (
      <p class="status" role="status">
        {t('app.loading')}
      </p>
    );
  } else if (account === null) {
    screen = (
      <AuthPage
        onSignedIn={(next, { welcome, newAccount }) => {
          if (newAccount) {
            firstRun.begin(next.id);
            window.history.replaceState(null, '', '#/today');
          }
          session.signedIn(next, welcome);
          setRoute(newAccount ? 'today' : routeFromHash());
        }}
        redFlags={flags.redFlags}
        onRedFlag={urgentHelp.raise}
        notice={session.notice}
      />
    );
  } else if (inFirstRun) {
    screen = (
      <FirstRun
        account={account}
        onDone={(next) => {
          firstRun.finish(account.id);
          window.location.hash = `#/${next}`;
          setRoute(next);
        }}
      />
    );
  } else {
    screen = <SignedInScreen account={account} route={route} flags={flags} onRedFlag={urgentHelp.raise} />;
  }

  return (
    <>
      <AppHeader
        signedIn={!!account}
        route={urgent ? null : route}
        theme={theme}
        onToggleTheme={toggleTheme}
        onSignOut={() => void session.signOut()}
        signingOut={session.signingOut}
        onNavigate={(next) => {
          urgentHelp.close();
          setRoute(next);
          // "Welcome back" is for the moment of signing in, not for every screen after it.
          session.changeNotice((shown) => (shown === t('auth.welcomeBack') ? undefined : shown));
        }}
      />
      <main id="main" class="main" tabIndex={-1}>
        {account && session.notice && <p class="notice">{session.notice}</p>}
        {!urgent && <SyncStatusPanel signedIn={!!account} paused={session.signingOut} />}
        {account && !urgent && !inFirstRun && <ReminderBanner accountId={account.id} screen={route} />}
        {screen}
      </main>
      <footer class="footer screen-only">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
