import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TestI18n } from '../../i18n/test-i18n.js';
import { EMPTY_CUTS, NO_PLAN_PHASE, PEAK_PHASE, YEAR_OF_CUTS, yearOfTrends } from './fake-insights.js';
import { InsightsPage } from './insights-page.js';

const data = vi.hoisted(() => ({ phase: vi.fn(), trends: vi.fn(), cuts: vi.fn() }));
vi.mock('./insights-data.js', () => ({ useInsightsData: () => data }));

// The fake clock: "today" is a fixed date handed in, as the app hands in useToday's.
const TODAY = '2026-12-03';
const ok = <T,>(value: T) => Promise.resolve({ ok: true, value });
const offline = { ok: false, error: { code: 'network_error', message: 'x', status: 0 } };

function renderInsights() {
  render(
    <TestI18n>
      <InsightsPage today={TODAY} />
    </TestI18n>,
  );
}

beforeEach(() => {
  data.phase.mockReset().mockImplementation(() => ok(PEAK_PHASE));
  data.trends.mockReset().mockImplementation(({ to }: { to: string }) => ok(yearOfTrends(to, 90)));
  data.cuts.mockReset().mockImplementation(() => ok(YEAR_OF_CUTS));
});
afterEach(cleanup);

describe('Insights', () => {
  it('without a plan says so and that there is not enough data yet', async () => {
    data.phase.mockImplementation(() => ok(NO_PLAN_PHASE));
    data.trends.mockImplementation(() =>
      ok({ ...yearOfTrends(TODAY, 30), days: [], marks: [], episodes: [], wins: [] }),
    );
    data.cuts.mockImplementation(() => ok(EMPTY_CUTS));
    renderInsights();
    expect((await screen.findByTestId('insights-typical')).textContent).toBe(
      'You have no taper plan yet, so there is no dose change to count from.',
    );
    expect(screen.queryByTestId('insights-day')).toBeNull();
    expect(screen.getByTestId('insights-cuts-sentence').textContent).toMatch(/^Not enough data yet\./);
    expect(screen.queryByTestId('insights-aligned')).toBeNull();
    expect(screen.getByText('No check-ins in these days yet.')).not.toBeNull();
    expect(screen.getByText('Nothing to show here yet. Every check-in helps the picture.')).not.toBeNull();
  });

  it('with a year of data shows the phase with sources, the charts with tables, the sentence and small wins', async () => {
    data.trends.mockImplementation(({ to }: { to: string }) => ok(yearOfTrends(to, 365)));
    renderInsights();
    const day = await screen.findByTestId('insights-day');
    expect(day.textContent).toBe('Day 6 at 0.875 mg (changed from 1 mg on Saturday 28 November).');
    expect(screen.getByRole('link', { name: 'The Ashton Manual (2002)' })).not.toBeNull();
    expect(screen.getByTestId('insights-cuts-sentence').textContent).toBe(
      'Over your last 5 cuts, symptoms peaked around day 6 and settled by day 12.',
    );
    const burden = screen.getByRole('img', { name: /Symptom burden by day/ });
    expect(burden.querySelector('path.chart__line')).not.toBeNull();
    const table = within(screen.getByTestId('insights-burden')).getByRole('table', { hidden: true });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(365);
    expect(screen.getByRole('img', { name: /Planned and taken dose/ })).not.toBeNull();
    expect(screen.getByRole('img', { name: /in the 4 weeks after a cut/ })).not.toBeNull();
    expect(screen.getByTestId('insights-cuts-table').querySelectorAll('tbody tr')).toHaveLength(5);
    const wins = [...screen.getByTestId('insights-wins').querySelectorAll('li')].map((li) => li.textContent);
    expect(wins).toEqual([
      'On Tuesday 1 December, your first day without muscle jerks in 12 days.',
      'The week to Thursday 3 December was your calmest since your taper began.',
    ]);
  });

  it('asks for the chosen range once, and a second tap on the chosen button asks nothing', async () => {
    renderInsights();
    await screen.findByTestId('insights-day');
    expect(data.trends).toHaveBeenLastCalledWith({ from: '2026-09-05', to: TODAY });
    const year = screen.getByRole('button', { name: '365 days' });
    fireEvent.click(year);
    await waitFor(() => expect(year.getAttribute('aria-pressed')).toBe('true'));
    expect(data.trends).toHaveBeenLastCalledWith({ from: '2025-12-04', to: TODAY });
    const calls = data.trends.mock.calls.length;
    fireEvent.click(year);
    expect(data.trends.mock.calls.length).toBe(calls);
  });

  it('offline, says plainly that insights need a connection', async () => {
    data.trends.mockImplementation(() => Promise.resolve(offline));
    renderInsights();
    expect((await screen.findByTestId('insights-failed')).textContent).toBe(
      'Insights need a connection, because they are worked out in your account. Your check-ins still save on this device.',
    );
  });

  it('when the server refuses, says it could not load, with the reason', async () => {
    data.cuts.mockImplementation(() =>
      Promise.resolve({ ok: false, error: { code: 'internal', message: 'x', status: 500 } }),
    );
    renderInsights();
    expect((await screen.findByTestId('insights-failed')).textContent).toMatch(/^Your insights could not be loaded\./);
  });
});
