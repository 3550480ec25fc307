import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/schemas.js';
import { failure, fakeApi, fakeTime, testWebData, type FakeRoutes } from '../../data/test-web-data.js';
import { WebDataProvider } from '../../data/web-data-context.js';
import type { LoadedLocale } from '../../i18n/i18n-context.js';
import { ENGLISH, inLanguage, TestI18n, wordsOf } from '../../i18n/test-i18n.js';
import { SessionProvider } from '../../session/session.js';
import { AuthPage } from './auth-page.js';

const ANN: Account = { id: 'ann-id', email: 'ann@example.org', createdAt: '2026-11-01T09:00:00Z' };
const { t } = wordsOf(ENGLISH);

/** The sign-in screen over the memory store and a fake API (signed out: /auth/me answers 401). */
function openAuth(routes: FakeRoutes = {}, initial: LoadedLocale = ENGLISH) {
  const api = fakeApi({ 'GET /api/v1/auth/me': () => failure(401, 'unauthenticated'), ...routes });
  const onSignedIn = vi.fn();
  render(
    <TestI18n initial={initial}>
      <WebDataProvider data={testWebData(api, fakeTime())}>
        <SessionProvider>
          <AuthPage onSignedIn={onSignedIn} redFlags={[]} onRedFlag={vi.fn()} notice={undefined} />
        </SessionProvider>
      </WebDataProvider>
    </TestI18n>,
  );
  return { api, onSignedIn };
}

const status = () => screen.getByRole('status').textContent;
const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const signIn = () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('the sign-in screen', () => {
  it('asks for both fields when signed in empty, names each one, and sends nothing (empty)', async () => {
    const { api, onSignedIn } = openAuth();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    signIn();
    await waitFor(() => expect(status()).toBe('Please check “Email” and “Password” above.'));
    screen.getByText('Email: Please enter your email address.');
    screen.getByText('Password: Please enter your password.');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('email');
    expect(api.requests.filter((r) => r.includes('/auth/login'))).toEqual([]);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('signs in with the right email and password and hands the account on', async () => {
    const { onSignedIn } = openAuth({ 'POST /api/v1/auth/login': () => ({ status: 200, body: ANN }) });
    fill('Email', ' ann@example.org ');
    fill('Password', 'a calm long passphrase');
    signIn();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn).toHaveBeenCalledWith(ANN, { newAccount: false });
  });

  it('says plainly when the email and password do not match, and keeps what was typed (refused)', async () => {
    const { onSignedIn } = openAuth({ 'POST /api/v1/auth/login': () => failure(401, 'invalid_credentials') });
    fill('Email', 'ann@example.org');
    fill('Password', 'not the one');
    signIn();
    await waitFor(() => expect(status()).toBe(t('error.invalid_credentials')));
    expect(screen.getByLabelText<HTMLInputElement>('Email').value).toBe('ann@example.org');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says there is no connection when offline, and signs in once it is back (offline)', async () => {
    const { api, onSignedIn } = openAuth({ 'POST /api/v1/auth/login': () => ({ status: 200, body: ANN }) });
    api.setOnline(false);
    fill('Email', 'ann@example.org');
    fill('Password', 'a calm long passphrase');
    signIn();
    await waitFor(() => expect(status()).toBe(t('error.network_error')));
    expect(onSignedIn).not.toHaveBeenCalled();
    api.setOnline(true);
    signIn();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
  });

  it('switches to sign-up, where a weak password is named before anything is sent', async () => {
    const { api } = openAuth();
    fireEvent.click(screen.getByRole('button', { name: 'Create an account' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Create an account' })).toBeTruthy();
    fill('Email', 'ann@example.org');
    fill('Password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(status()).toBe('Please check “Password” above.'));
    expect(api.requests.filter((r) => r.includes('/auth/signup'))).toEqual([]);
  });

  it('speaks German', async () => {
    openAuth({}, await inLanguage('de'));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(wordsOf(await inLanguage('de')).t('auth.signInTitle'));
    expect(heading.textContent).not.toBe('Sign in');
  });
});
