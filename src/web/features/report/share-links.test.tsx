import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../api/schemas.js';
import type { Share } from '../../../api/share-schemas.js';
import { failure, fakeApi, testWebData, type FakeReply } from '../../data/test-web-data.js';
import { WebDataProvider } from '../../data/web-data-context.js';
import { TestI18n } from '../../i18n/test-i18n.js';
import { SessionProvider } from '../../session/session.js';
import { ShareLinks } from './share-links.js';

const ANN: Account = { id: 'ann-id', email: 'ann@example.org', createdAt: '2025-11-01T09:00:00Z' };
const TOKEN_PATH = '/s/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

const share = (over: Partial<Share> = {}): Share => ({
  id: 'share-1',
  label: 'Dr Lee',
  createdAt: '2026-12-01T09:00:00.000Z',
  expiresAt: '2026-12-15T09:00:00.000Z',
  revokedAt: null,
  lastUsedAt: null,
  useCount: 0,
  status: 'active',
  uses: [],
  ...over,
});

/** The section over a fake API whose list is `listed` (changed by the test's own POST and DELETE answers). */
interface Routes {
  readonly list?: () => FakeReply;
  readonly create?: (body: unknown) => FakeReply | undefined;
  readonly offline?: boolean;
}

function openSection(routes: Routes = {}) {
  let listed: Share[] = [];
  const api = fakeApi({
    'GET /api/v1/auth/me': () => ({ status: 200, body: ANN }),
    'GET /api/v1/shares': () => routes.list?.() ?? { status: 200, body: { shares: listed } },
    'POST /api/v1/shares': (body) => {
      const answer = routes.create?.(body);
      if (answer) return answer;
      const made = share({ label: (body as { label: string }).label });
      listed = [made];
      return { status: 201, body: { share: made, path: TOKEN_PATH } };
    },
    'DELETE /api/v1/shares/:id': () => {
      listed = listed.map((s) => ({ ...s, status: 'revoked', revokedAt: '2026-12-02T10:00:00.000Z' }));
      return { status: 204 };
    },
  });
  if (routes.offline) api.setOnline(false);
  render(
    <TestI18n>
      <WebDataProvider data={testWebData(api)}>
        <SessionProvider>
          <ShareLinks />
        </SessionProvider>
      </WebDataProvider>
    </TestI18n>,
  );
  return api;
}

afterEach(cleanup);

describe('share links on the Report screen', () => {
  it('asks who the link is for before making one, and sends nothing without it', async () => {
    const api = openSection();
    await screen.findByText('No links yet.');
    fireEvent.click(screen.getByTestId('share-make'));
    expect(screen.getByText(/Please write who the link is for/).id).toBe('share-label-hint');
    expect(screen.getByLabelText('Who is the link for?').getAttribute('aria-invalid')).toBe('true');
    expect(api.requests.filter((r) => r.startsWith('POST'))).toEqual([]);
  });

  it('makes one link from a double tap, with the chosen expiry, and shows it once with its full address', async () => {
    const sent: unknown[] = [];
    const api = openSection({
      create: (body) => {
        sent.push(body);
        return undefined;
      },
    });
    await screen.findByText('No links yet.');
    fireEvent.input(screen.getByLabelText('Who is the link for?'), { target: { value: '  Dr Lee ' } });
    const expiry = screen.getByRole('group', { name: 'How long should it work?' });
    expect(within(expiry).getByRole('button', { name: '14 days' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(expiry).getByRole('button', { name: '30 days' }));
    const make = screen.getByTestId('share-make');
    fireEvent.click(make);
    fireEvent.click(make);
    const made = await screen.findByTestId('share-made');
    expect(sent).toEqual([{ label: 'Dr Lee', expiresInDays: 30 }]);
    expect(api.requests.filter((r) => r === 'POST /api/v1/shares')).toHaveLength(1);
    expect(within(made).getByRole('heading').textContent).toBe('Your link for Dr Lee');
    expect(within(made).getByLabelText<HTMLInputElement>('The link').value).toBe(
      `${window.location.origin}${TOKEN_PATH}`,
    );
    expect(made.textContent).toContain('This is the only time the link is shown');
    const item = await screen.findByTestId('share-item');
    expect(item.textContent).toContain('Works until');
    expect(item.textContent).toContain('Not opened yet.');
  });

  it('says why a link was not made, in plain words', async () => {
    openSection({ create: () => failure(422, 'too_many_shares') });
    await screen.findByText('No links yet.');
    fireEvent.input(screen.getByLabelText('Who is the link for?'), { target: { value: 'Dr Lee' } });
    fireEvent.click(screen.getByTestId('share-make'));
    await screen.findByText(/You already have 10 links that still open/);
    expect(screen.queryByTestId('share-made')).toBeNull();
  });

  it('stops sharing only after a second, explicit tap', async () => {
    const api = openSection({
      list: () => ({
        status: 200,
        body: {
          shares: [
            share({
              useCount: 2,
              lastUsedAt: '2026-12-02T08:30:00.000Z',
              uses: [
                { usedAt: '2026-12-02T08:30:00.000Z', kind: 'pdf' },
                { usedAt: '2026-12-02T08:29:00.000Z', kind: 'page' },
              ],
            }),
          ],
        },
      }),
    });
    const item = await screen.findByTestId('share-item');
    expect(item.textContent).toContain('Opened 2 times');
    expect(within(item).getByText(/PDF downloaded on/)).not.toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Stop sharing with Dr Lee' }));
    expect(api.requests.filter((r) => r.startsWith('DELETE'))).toEqual([]);
    fireEvent.click(within(item).getByRole('button', { name: 'Keep sharing' }));
    expect(within(item).queryByRole('button', { name: 'Yes, stop sharing' })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Stop sharing with Dr Lee' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Yes, stop sharing' }));
    await waitFor(() => expect(api.requests.filter((r) => r.startsWith('DELETE'))).toHaveLength(1));
  });

  it('offers to try again when the list cannot be loaded (offline)', async () => {
    openSection({ offline: true });
    await screen.findByRole('alert');
    expect(screen.getByRole('button', { name: 'Try again' })).not.toBeNull();
  });
});
