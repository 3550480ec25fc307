import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/schemas.js';
import { addDays, findInstrument } from '../../../core/index.js';
import { localToday } from '../../dates.js';
import { HistoryPage } from './history-page.js';
import { TestI18n } from '../../i18n/test-i18n.js';

const data = vi.hoisted(() => ({
  listCheckins: vi.fn(),
  adherence: vi.fn(),
  listEvents: vi.fn(),
  listAssessments: vi.fn(),
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
  data.listAssessments.mockReset().mockResolvedValue({ ok: true, value: [] });
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

  it('shows red flags in the day rows, from events, questionnaire and check-in answers, with a way to urgent help', async () => {
    const today = localToday();
    const checkin = (date: string, symptoms: Record<string, number>, tags: string[]) => ({
      date,
      symptoms,
      tags,
      sleepHours: 7,
      doseMg: null,
      note: '',
      updatedAt: `${date}T20:00:00Z`,
      editedAt: `${date}T20:00:00Z`,
    });
    data.listCheckins.mockResolvedValue({
      ok: true,
      value: [
        checkin(today, { palpitations: 3 }, []),
        checkin(addDays(today, -1), { tremor: 3 }, ['alcohol']),
        checkin(addDays(today, -2), { tremor: 3, palpitations: 2 }, ['stress']),
      ],
    });
    data.listEvents.mockResolvedValue({ ok: true, value: [event('s1', 'seizure', `${addDays(today, -3)}T12:00:00`)] });
    const items = findInstrument('bwsq')?.items ?? [];
    data.listAssessments.mockResolvedValue({
      ok: true,
      value: [
        {
          id: 'a1',
          instrument: 'bwsq',
          date: addDays(today, -4),
          answers: items.map((i) => (i.redFlag ? 1 : 0)),
          unscored: {},
          score: 1,
          band: null,
          createdAt: `${addDays(today, -4)}T09:00:00Z`,
        },
      ],
    });
    renderHistory();
    await waitFor(() => expect(screen.getAllByTestId('history-red-flags')).toHaveLength(4));
    const days = [...screen.getByTestId('history-list').querySelectorAll(':scope > li')];
    const flags = (i: number) => days[i]?.querySelector('[data-testid="history-red-flags"] ul')?.textContent ?? '';
    expect(flags(0)).toBe('In your check-in: a racing or pounding heart, rated severe');
    expect(flags(1)).toBe('In your check-in: alcohol, which together with your medicine can slow breathing');
    expect(days[2]?.querySelector('[data-testid="history-red-flags"]')).toBeNull();
    expect(flags(3)).toBe('You recorded: I had a seizure');
    expect(flags(4)).toBe('A questionnaire answer: I see or hear things that are not there (while awake)');
    const links = screen.getAllByRole('link', { name: 'Open urgent help' });
    expect(links).toHaveLength(4);
    expect(links[0]?.getAttribute('href')).toBe('#/urgent-help');
  });
});
