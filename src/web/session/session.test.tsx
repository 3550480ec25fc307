import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../api/schemas.js';
import { failure, fakeApi, testWebData, type FakeRoutes } from '../data/test-web-data.js';
import { useRecords, WebDataProvider } from '../data/web-data-context.js';
import { ACCOUNT_STORAGE_KEY, rememberAccount, rememberedAccount } from './account-memory.js';
import { TestI18n } from '../i18n/test-i18n.js';
import { SessionProvider, useSession } from './session.js';

const ANN: Account = { id: 'ann-id', email: 'ann@example.org', createdAt: '2026-11-01T09:00:00Z' };
const me = (): ReturnType<FakeRoutes[string]> => ({ status: 200, body: ANN });

/** Shows what the session says, and offers what a screen would do: read records, sign out. */
function Probe() {
  const session = useSession();
  const records = useRecords();
  const { account } = session;
  return (
    <div>
      <p data-testid="who">{account === undefined ? 'asking' : account === null ? 'signed out' : account.email}</p>
      <p data-testid="notice">{session.notice ?? ''}</p>
      <button type="button" onClick={() => void records.mySymptoms()}>
        Read
      </button>
      <button type="button" onClick={() => void session.signOut()}>
        Sign out
      </button>
    </div>
  );
}

function renderSession(routes: FakeRoutes, online = true) {
  const api = fakeApi(routes);
  api.setOnline(online);
  render(
    <TestI18n>
      <WebDataProvider data={testWebData(api)}>
        <SessionProvider>
          <Probe />
        </SessionProvider>
      </WebDataProvider>
    </TestI18n>,
  );
  return api;
}

const NO_CONNECTION =
  'No connection right now. Your entries are kept on this device. Please try again when you are online.';
const who = () => screen.getByTestId('who').textContent;

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('the session room', () => {
  it('signed out: the server knows no session, so the sign-in screen shows with nothing to say', async () => {
    renderSession({ 'GET /api/v1/auth/me': () => failure(401, 'unauthenticated') });
    await waitFor(() => expect(who()).toBe('signed out'));
    expect(screen.getByTestId('notice').textContent).toBe('');
  });

  it('signed in: acts for the person the server names, and remembers them on this device', async () => {
    renderSession({ 'GET /api/v1/auth/me': me });
    await waitFor(() => expect(who()).toBe(ANN.email));
    expect(rememberedAccount()).toEqual(ANN);
  });

  it('offline with a remembered account: opens as that person, so the app works from the device', async () => {
    rememberAccount(ANN);
    renderSession({}, false);
    await waitFor(() => expect(who()).toBe(ANN.email));
  });

  it('offline with nobody remembered: signed out, saying there is no connection', async () => {
    renderSession({}, false);
    await waitFor(() => expect(who()).toBe('signed out'));
    expect(screen.getByTestId('notice').textContent).toBe(NO_CONNECTION);
  });

  it('an unauthenticated answer to any request signs out, saying the session ended', async () => {
    renderSession({ 'GET /api/v1/auth/me': me, 'GET /api/v1/me/symptoms': () => failure(401, 'unauthenticated') });
    await waitFor(() => expect(who()).toBe(ANN.email));
    fireEvent.click(screen.getByRole('button', { name: 'Read' }));
    await waitFor(() => expect(who()).toBe('signed out'));
    expect(screen.getByTestId('notice').textContent).toBe(
      'Your session has ended. Please sign in again. Anything you recorded is kept on this device and sent once you are signed in.',
    );
  });

  it('another tab signing in as someone else stops this tab acting for the first person', async () => {
    let current: Account = ANN;
    renderSession({ 'GET /api/v1/auth/me': () => ({ status: 200, body: current }) });
    await waitFor(() => expect(who()).toBe(ANN.email));
    current = { ...ANN, id: 'bo-id', email: 'bo@example.org' };
    // Told again until heard: the listener is added by an effect, which runs a moment after the first render.
    await waitFor(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: ACCOUNT_STORAGE_KEY }));
      expect(who()).toBe('signed out');
    });
    expect(screen.getByTestId('notice').textContent).toBe(
      'Someone signed in or out in another tab. Please sign in again here. Anything you recorded is kept on this device.',
    );
  });

  it('signing out asks the server first, then forgets the account on this device', async () => {
    const api = renderSession({ 'GET /api/v1/auth/me': me, 'POST /api/v1/auth/logout': () => ({ status: 204 }) });
    await waitFor(() => expect(who()).toBe(ANN.email));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(who()).toBe('signed out'));
    expect(api.requests).toContain('POST /api/v1/auth/logout');
    expect(rememberedAccount()).toBeUndefined();
  });

  it('a sign-out the server refuses keeps the person signed in and says why', async () => {
    const api = renderSession({ 'GET /api/v1/auth/me': me });
    await waitFor(() => expect(who()).toBe(ANN.email));
    api.setOnline(false);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe(NO_CONNECTION));
    expect(who()).toBe(ANN.email);
  });
});
