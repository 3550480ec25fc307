import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/schemas.js';
import { HistoryPage } from './history-page.js';
import { TestI18n } from '../../i18n/test-i18n.js';

const data = vi.hoisted(() => ({
  listCheckins: vi.fn(),
  adherence: vi.fn(),
  listEvents: vi.fn(),
  useSentCount: () => 0,
}));
vi.mock('./history-data.js', () => ({ useHistoryData: () => data }));

const ANN = { id: 'ann', email: 'ann@example.org' } as Account;
const event = (id: string, kind: string, occurredAt: string) => ({
  id,
  kind,
  occurredAt,
  note: '',
  createdAt: occurredAt,
  confirmedAt: null,
});
const offline = { ok: false, error: { code: 'network_error', message: 'x', status: 0 } };

function renderHistory() {
  render(
    <TestI18n>
      <HistoryPage account={ANN} supplyFlags={[]} onRedFlag={vi.fn()} />
    </TestI18n>,
  );
}

beforeEach(() => {
  data.listCheckins.mockReset().mockResolvedValue({ ok: true, value: [] });
  data.adherence.mockReset().mockResolvedValue(offline);
  data.listEvents.mockReset().mockResolvedValue({ ok: true, value: [] });
});
afterEach(cleanup);

describe('History', () => {
  it('says when no serious event was recorded', async () => {
    renderHistory();
    await waitFor(() => expect(screen.getByTestId('history-events').textContent).toBe('No serious events recorded.'));
    expect(screen.queryByTestId('history-list')).not.toBeNull();
  });

  it('lists each event with its date, time and what happened, and whether it pauses the plan or is unsent', async () => {
    data.listEvents.mockResolvedValue({
      ok: true,
      value: [
        { ...event('p1', 'fall-or-head-injury', '2026-11-24T21:05:00+01:00'), pending: true },
        event('s1', 'seizure', '2026-11-20T08:30:00Z'),
        { ...event('s0', 'running-out', '2026-11-01T08:30:00Z'), confirmedAt: '2026-11-03T09:00:00Z' },
      ],
    });
    renderHistory();
    const section = await screen.findByRole('region', { name: 'Serious events you recorded' });
    const rows = [...section.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/I fell or hurt my head/);
    expect(rows[0]).toMatch(/Kept on this device, not yet in your account\./);
    expect(rows[1]).toMatch(/^Fri,? 20 Nov 2026,? \d\d:30I had a seizure/);
    expect(rows[1]).toMatch(/Your plan is paused for it/);
    expect(rows[2]).toMatch(/I am running out of my medicine.*safe to go on with your plan on 3 Nov 2026\./);
    expect(section.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-24T21:05:00+01:00');
  });

  it('says when the events could not be loaded, and still shows the days', async () => {
    data.listEvents.mockResolvedValue(offline);
    renderHistory();
    await waitFor(() => expect(screen.getByTestId('history-events').textContent).toMatch(/could not be loaded/));
    expect(screen.getByTestId('history-list').querySelectorAll('li')).toHaveLength(14);
  });
});
