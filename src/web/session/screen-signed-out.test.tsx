import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../api/schemas.js';
import { SyncStatusPanel } from '../components/sync-status.js';
import { failure, fakeApi, testWebData, type FakeRoutes } from '../data/test-web-data.js';
import { WebDataProvider } from '../data/web-data-context.js';
import { HistoryPage } from '../features/history/history-page.js';
import { TestI18n } from '../i18n/test-i18n.js';
import { SessionProvider, useSession } from './session.js';

const ANN: Account = { id: 'ann-id', email: 'ann@example.org', createdAt: '2026-11-01T09:00:00Z' };
const DAY = '2026-11-20';
const ended = () => failure(401, 'unauthenticated');

/** What App does with the session: a real screen while signed in, the sign-in place (and the outbox line) after. */
function Shell() {
  const { account, notice } = useSession();
  return (
    <>
      <p data-testid="notice">{notice ?? ''}</p>
      <SyncStatusPanel signedIn={!!account} />
      {account === null && <p>Sign in</p>}
      {account && <HistoryPage account={account} supplyFlags={[]} onRedFlag={() => undefined} />}
    </>
  );
}

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('a screen whose request is answered 401', () => {
  it('is signed out by the session room, which keeps what waits in the outbox', async () => {
    // The server still knows the session when the tab opens, then it ends: every later request is a 401.
    let sessionLive = true;
    const routes: FakeRoutes = {
      'GET /api/v1/auth/me': () => {
        const reply = sessionLive ? { status: 200, body: ANN } : ended();
        sessionLive = false;
        return reply;
      },
      [`PUT /api/v1/checkins/${DAY}`]: ended,
      'GET /api/v1/checkins': ended,
      'GET /api/v1/adherence': ended,
      'GET /api/v1/events': ended,
    };
    const api = fakeApi(routes);
    const data = testWebData(api);
    // A check-in made offline earlier waits in the outbox.
    data.records.use(ANN.id);
    api.setOnline(false);
    const kept = await data.records.saveCheckin(DAY, { symptoms: {}, note: 'shaky', editedAt: `${DAY}T09:00:00Z` });
    expect(kept.ok && kept.value.synced).toBe(false);
    api.setOnline(true);

    render(
      <TestI18n>
        <WebDataProvider data={data}>
          <SessionProvider>
            <Shell />
          </SessionProvider>
        </WebDataProvider>
      </TestI18n>,
    );

    await waitFor(() => expect(screen.queryByText('Sign in')).not.toBeNull());
    // History's own request met the 401 (the unsent check-in was not sent); the screen has no sign-out path of its own.
    expect(api.requests).toContain('GET /api/v1/checkins');
    expect(api.requests).not.toContain(`PUT /api/v1/checkins/${DAY}`);
    expect(screen.getByTestId('notice').textContent).toBe(
      'Your session has ended. Please sign in again. Anything you recorded is kept on this device and sent once you are signed in.',
    );
    expect(screen.getByTestId('sync-status').textContent).toBe(
      '1 entry waits on this device. Sign in to add it to your account.',
    );
    data.records.use(ANN.id);
    expect((await data.records.entries()).map((e) => e.op.kind)).toEqual(['checkin']);
  });
});
