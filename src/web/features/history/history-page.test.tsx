import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/schemas.js';
import { addDays, findInstrument } from '../../../core/index.js';
import { HistoryPage } from './history-page.js';
import type { LoadedLocale } from '../../i18n/i18n-context.js';
import { ENGLISH, inLanguage, TestI18n } from '../../i18n/test-i18n.js';

// The screen's clock stands still (Friday 20 November 2026, 09:00 UTC), so its 14 days never move mid-test.
const time = vi.hoisted(() => ({ clock: () => new Date('2026-11-20T09:00:00Z') }));
const data = vi.hoisted(() => ({
  clock: time.clock,
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

function renderHistory(initial: LoadedLocale = ENGLISH) {
  render(
    <TestI18n initial={initial}>
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

  it('shows each day against the test clock: its check-in, its doses against the plan, and the days to act on', async () => {
    data.listCheckins.mockResolvedValue({
      ok: true,
      value: [checkin('2026-11-19'), { ...checkin('2026-11-20'), pending: true }],
    });
    data.adherence.mockResolvedValue({ ok: true, value: adherence });
    renderHistory();
    const rows = await dayRows();
    expect(rows).toHaveLength(14);
    expect(rows[0]).toBe(
      'Today, Friday 20 November' +
        '2 symptoms rated, highest: Moderate.Slept 6.5 h. Dose 0.5\u00a0mg.Note: “Shaky morning.”' +
        'Saved on this device, not yet in your account.' +
        'Took 0.5\u00a0mg; the plan said 0.75\u00a0mg.From the dose in your check-in.',
    );
    expect(rows[1]).toMatch(/^Yesterday, Thursday 19 November2 symptoms rated/);
    expect(rows[2]).toBe('Wednesday 18 NovemberNo check-inNo dose logged on this day.');
    const risks = screen.getByTestId('adherence-risks').textContent;
    expect(risks).toMatch(/^Missed doses: please act today/);
    expect(risks).toContain('No dose was logged for 2 days (17 Nov 2026 to 18 Nov 2026).');
  });

  it('says the same days in German: German dates, decimal commas and plurals', async () => {
    data.listCheckins.mockResolvedValue({ ok: true, value: [checkin('2026-11-20')] });
    data.adherence.mockResolvedValue({ ok: true, value: adherence });
    renderHistory(await inLanguage('de'));
    const rows = await dayRows();
    expect(rows[0]).toBe(
      'Heute, Freitag, 20. November' +
        '2 Beschwerden bewertet, am stärksten: Mittel.6,5 Std. geschlafen. Dosis 0,5\u00a0mg.Notiz: „Shaky morning.“' +
        '0,5\u00a0mg genommen; geplant waren 0,75\u00a0mg.Aus der Dosis in Ihrem Tageseintrag.',
    );
    expect(rows[2]).toBe('Mittwoch, 18. NovemberKein EintragAn diesem Tag keine Dosis eingetragen.');
    expect(screen.getByTestId('adherence-risks').textContent).toContain(
      'An 2 Tagen (17. Nov. 2026 bis 18. Nov. 2026) wurde keine Dosis eingetragen.',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Verlauf');
  });

  it('shows red flags in the day rows, from events, questionnaire and check-in answers, with a way to urgent help', async () => {
    const today = '2026-11-20';
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

function checkin(date: string) {
  const at = `${date}T20:00:00Z`;
  return {
    date,
    symptoms: { tremor: 2, dizziness: 1 },
    sleepHours: 6.5,
    doseMg: 0.5,
    note: 'Shaky morning.',
    tags: [],
    updatedAt: at,
    editedAt: at,
  };
}

const day = (date: string, status: string, { takenMg, source = 'dose-log' }: { takenMg: number; source?: string }) => ({
  date,
  intakes: source === 'dose-log' && takenMg > 0 ? 1 : 0,
  status,
  source,
  medicines: [{ medicationId: 'clonazepam', plannedMg: 0.75, takenMg, status }],
});

const adherence = {
  from: '2026-11-07',
  to: '2026-11-20',
  days: [
    day('2026-11-20', 'less', { takenMg: 0.5, source: 'check-in' }),
    day('2026-11-19', 'as-planned', { takenMg: 0.75 }),
    day('2026-11-18', 'missed', { takenMg: 0, source: 'none' }),
  ],
  risks: [{ code: 'missed_days', from: '2026-11-17', to: '2026-11-18', days: 2, guidance: [] }],
};

const dayRows = async () => {
  const list = await screen.findByTestId('history-list');
  return [...list.children].map((li) => li.textContent);
};
