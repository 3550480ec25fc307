import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { failure, fakeApi, testWebData, type FakeRoutes } from '../data/test-web-data.js';
import { WebDataProvider } from '../data/web-data-context.js';
import { SyncStatusPanel } from './sync-status.js';
import { TestI18n } from '../i18n/test-i18n.js';

const PUT = 'PUT /api/v1/checkins/2026-11-20';
const edit = { symptoms: {}, note: 'calm', editedAt: '2026-11-20T10:00:00+01:00' };

/** The panel over the records port of a signed-in person, with one check-in saved through it. */
async function afterSaving(routes: FakeRoutes) {
  const api = fakeApi(routes);
  const data = testWebData(api);
  data.records.use('ann');
  render(
    <TestI18n>
      <WebDataProvider data={data}>
        <SyncStatusPanel signedIn />
      </WebDataProvider>
    </TestI18n>,
  );
  await data.records.saveCheckin('2026-11-20', edit);
  return { api, records: data.records };
}

afterEach(cleanup);

describe('SyncStatusPanel', () => {
  it('says nothing when the save reached the account', async () => {
    await afterSaving({ [PUT]: () => ({ status: 200, body: { date: '2026-11-20', ...edit } }) });
    expect(screen.queryByTestId('sync-status')).toBeNull();
  });

  it('after a try that had to wait, says the entry is kept and offers to try now, which sends it', async () => {
    let down = true;
    const { records } = await afterSaving({
      [PUT]: () => (down ? failure(503, 'unavailable') : { status: 200, body: { date: '2026-11-20', ...edit } }),
    });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        '1 entry is kept on this device and not yet in your account. The app keeps trying by itself.',
      ),
    );
    down = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try sending now' }));
    await waitFor(() => expect(screen.queryByTestId('sync-status')).toBeNull());
    expect(await records.entries()).toEqual([]);
  });

  it('shows a refused entry with its reason until the person removes it', async () => {
    const { records } = await afterSaving({ [PUT]: () => failure(422, 'date_in_future', 'date') });
    const remove = await screen.findByRole('button', {
      name: 'Remove from this device: The check-in for 20 Nov 2026',
    });
    fireEvent.click(remove);
    await waitFor(() => expect(screen.queryByTestId('sync-status')).toBeNull());
    expect(await records.entries()).toEqual([]);
  });
});
