import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, SessionInfo } from '../../../api/schemas.js';
import { fakeApi, testWebData } from '../../data/test-web-data.js';
import { WebDataProvider } from '../../data/web-data-context.js';
import type { LoadedLocale } from '../../i18n/i18n-context.js';
import { ENGLISH, inLanguage, TestI18n } from '../../i18n/test-i18n.js';
import { SessionProvider } from '../../session/session.js';
import { AccountPage } from './account-page.js';

const ANN: Account = { id: 'ann-id', email: 'ann@example.org', createdAt: '2025-11-01T09:00:00Z' };
// Long past, so every sign-in reads "on <day>" whatever today is.
const session = (id: string, current: boolean): SessionInfo => ({
  id,
  device: `Firefox ${id}`,
  createdAt: '2025-11-14T12:00:00Z',
  lastUsedAt: '2025-11-14T12:00:00Z',
  current,
});

function openAccount(sessions: readonly SessionInfo[], initial: LoadedLocale = ENGLISH) {
  const api = fakeApi({
    'GET /api/v1/auth/me': () => ({ status: 200, body: ANN }),
    'GET /api/v1/auth/sessions': () => ({ status: 200, body: { sessions } }),
  });
  render(
    <TestI18n initial={initial}>
      <WebDataProvider data={testWebData(api)}>
        <SessionProvider>
          <AccountPage />
        </SessionProvider>
      </WebDataProvider>
    </TestI18n>,
  );
}

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('the account screen', () => {
  it('lists where the person is signed in, in English by default', async () => {
    openAccount([session('a', true)]);
    expect(await screen.findByText('You are not signed in anywhere else.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your account' })).toBeTruthy();
    expect(screen.getAllByText(/^Signed in on 14 Nov 2025 at \d\d:\d\d$/)).toHaveLength(1);
  });

  it('speaks German: a plural for the other devices and the day in German', async () => {
    openAccount([session('a', true), session('b', false), session('c', false)], await inLanguage('de'));
    expect(await screen.findByText('Sie sind noch auf 2 weiteren Geräten angemeldet.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ihr Konto' })).toBeTruthy();
    expect(screen.getAllByText(/^Angemeldet am 14\. Nov\. 2025 um \d\d:\d\d Uhr$/)).toHaveLength(3);
    expect(screen.getAllByRole('button', { name: 'Auf diesem Gerät abmelden (Firefox b)' })).toHaveLength(1);
  });

  it('says one other device in the singular', async () => {
    openAccount([session('a', true), session('b', false)], await inLanguage('de'));
    expect(await screen.findByText('Sie sind noch auf 1 weiteren Gerät angemeldet.')).toBeTruthy();
  });

  it('offers a download of everything before the deletion, as a link to the export', async () => {
    openAccount([session('a', true)]);
    const link = await screen.findByRole('link', { name: 'Download my records (JSON file)' });
    expect(link.getAttribute('href')).toBe('/api/v1/export.json');
    expect(link.hasAttribute('download')).toBe(true);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Download everything')).toBeLessThan(headings.indexOf('Delete your account'));
    expect(screen.getByText('If you want to keep your records, download them first (above).')).toBeTruthy();
  });

  it('offers the same records as CSV tables and a FHIR file, each a download link', async () => {
    openAccount([session('a', true)]);
    const links = [
      ['Check-ins (CSV table)', '/api/v1/export/checkins.csv'],
      ['Doses (CSV table)', '/api/v1/export/doses.csv'],
      ['Questionnaires (CSV table)', '/api/v1/export/questionnaires.csv'],
      ['Red-flag events (CSV table)', '/api/v1/export/events.csv'],
      ['Health record (FHIR file)', '/api/v1/export/fhir'],
    ] as const;
    for (const [name, href] of links) {
      const link = await screen.findByRole('link', { name });
      expect(link.getAttribute('href')).toBe(href);
      expect(link.hasAttribute('download')).toBe(true);
    }
    // The other formats sit under their own heading, in the same section as the JSON download.
    const other = screen.getByRole('heading', { level: 3, name: 'For a spreadsheet or a health record' });
    const json = screen.getByRole('link', { name: 'Download my records (JSON file)' });
    expect(other.closest('section')).toBe(json.closest('section'));
  });
});
