import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CutsAnswer, PhaseAnswer, TrendsAnswer } from '../../../api/insight-schemas.js';
import { daysBetween } from '../../../core/index.js';
import { failure, fakeApi, testWebData, type FakeReply } from '../../data/test-web-data.js';
import { WebDataProvider } from '../../data/web-data-context.js';
import type { LoadedLocale } from '../../i18n/i18n-context.js';
import { ENGLISH, inLanguage, TestI18n } from '../../i18n/test-i18n.js';
import { InsightsPage } from './insights-page.js';
import { EMPTY_CUTS, FIVE_CUTS, NO_PLAN_PHASE, PEAK_PHASE, emptyTrends, trendsOf } from './test-insights.js';

// The fake clock: "today" is a fixed date handed in, as the app hands in useToday's.
const TODAY = '2026-12-03';
const ok = (body: unknown): FakeReply => ({ status: 200, body });

interface Answers {
  readonly phase?: PhaseAnswer;
  readonly trends?: (from: string, to: string) => TrendsAnswer | FakeReply;
  readonly cuts?: CutsAnswer | FakeReply;
  /** Start with no connection. */
  readonly offline?: boolean;
}

/** The screen over the real records port, a memory store and a fake API that answers in the API's own shape. */
function openInsights(answers: Answers = {}, locale: LoadedLocale = ENGLISH) {
  const asked: string[] = [];
  const trends = answers.trends ?? ((from, to) => trendsOf(to, daysBetween(from, to) + 1));
  const api = fakeApi({
    'GET /api/v1/insights/phase': () => ok(answers.phase ?? PEAK_PHASE),
    'GET /api/v1/insights/trends': (_, { query }) => {
      const from = query.get('from') ?? '';
      const to = query.get('to') ?? '';
      asked.push(`${from}..${to}`);
      const answer = trends(from, to);
      return 'status' in answer ? answer : ok(answer);
    },
    'GET /api/v1/insights/cuts': () => {
      const answer = answers.cuts ?? FIVE_CUTS;
      return 'status' in answer ? answer : ok(answer);
    },
    'GET /api/v1/me/symptoms': () =>
      ok({
        symptoms: [
          { id: 'muscle-jerks', name: 'Muscle jerks' },
          { id: 'anxiety', name: 'Anxiety or panic' },
        ],
      }),
  });
  if (answers.offline) api.setOnline(false);
  render(
    <TestI18n initial={locale}>
      <WebDataProvider data={testWebData(api)}>
        <InsightsPage today={TODAY} />
      </WebDataProvider>
    </TestI18n>,
  );
  return { api, asked };
}

// Plain selectors for the rows: role queries over a year of table rows are too slow for happy-dom.
const rows = (testId: string) => [...screen.getByTestId(testId).querySelectorAll<HTMLElement>('tbody tr')];
const cells = (row: HTMLElement) => [...row.children].map((c) => c.textContent);
const pressed = () =>
  within(screen.getByTestId('insights-picker'))
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);

afterEach(cleanup);

describe('Insights', () => {
  it('without a plan or records says so plainly in every section', async () => {
    openInsights({ phase: NO_PLAN_PHASE, trends: (_, to) => emptyTrends(to, 90), cuts: EMPTY_CUTS });
    expect((await screen.findByTestId('insights-typical')).textContent).toBe(
      'You have no taper plan yet, so there is no dose change to count from.',
    );
    expect(screen.queryByTestId('insights-day')).toBeNull();
    expect(screen.getByTestId('insights-cuts-sentence').textContent).toMatch(/^Not enough data yet\./);
    expect(screen.queryByTestId('insights-aligned')).toBeNull();
    expect(screen.queryByTestId('insights-burden')).toBeNull();
    expect(screen.getAllByText('No check-ins in these days yet.')).toHaveLength(2);
    expect(screen.getByText('No sleep recorded in these days yet.')).not.toBeNull();
    expect(screen.getByText('No questionnaires in these days yet.')).not.toBeNull();
    expect(screen.getByText('Nothing to show here yet. Every check-in helps the picture.')).not.toBeNull();
  });

  // A year of six charts and their tables: slow in happy-dom on a shared machine.
  it('with a year of data shows the phase, every chart with its table, the sentence, holds and small wins', async () => {
    const { asked } = openInsights();
    await screen.findByTestId('insights-day');
    fireEvent.click(screen.getByRole('button', { name: '365 days' }));
    await waitFor(() => expect(asked).toContain('2025-12-04..2026-12-03'));
    await waitFor(() => expect(rows('insights-burden')).toHaveLength(365));
    expect(screen.getByTestId('insights-day').textContent).toBe(
      'Day 6 at 0.875\u00a0mg (changed from 1\u00a0mg on Saturday 28 November).',
    );
    expect(screen.getByRole('link', { name: 'The Ashton Manual (2002)' })).not.toBeNull();
    expect(screen.getByTestId('insights-windows').textContent).toBe(
      'Counted here as: the first days up to day 4, often the strongest days 5 to 14, easing days 15 to 28.',
    );
    expect(screen.getByTestId('insights-long-acting').textContent).toMatch(/start 3 to 7 days after a step/);
    expect(screen.getByRole('link', { name: /RACGP/ })).not.toBeNull();
    expect(screen.getByRole('img', { name: /Symptom burden by day/ }).querySelector('path.chart__line')).not.toBeNull();
    // The red flag (day 44 of the year) and the wave are named in the table as in the picture.
    expect(cells(rows('insights-burden')[43] as HTMLElement)[3]).toBe('Serious event');
    expect(cells(rows('insights-burden')[33] as HTMLElement)[3]).toBe('Harder days');
    expect(cells(rows('insights-dose')[28] as HTMLElement).slice(1)).toEqual([
      '1.875\u00a0mg',
      '1.875\u00a0mg',
      'Dose cut',
    ]);
    expect(screen.getByTestId('insights-holds').textContent).toBe('17 Jan 2026 to 23 Jan 2026: a hard week at work');
    expect(screen.getByRole('img', { name: /Hours of sleep by night/ })).not.toBeNull();
    expect(cells(rows('insights-scores-ciwa-b')[0] as HTMLElement)).toEqual(['13 Jan 2026', '24', 'Moderate']);
    expect(screen.getByTestId('insights-cuts-sentence').textContent).toBe(
      'Over your last 5 cuts, symptoms peaked around day 6 and settled by day 12.',
    );
    expect(screen.getByRole('img', { name: /in the 4 weeks after a cut/ })).not.toBeNull();
    const cuts = rows('insights-cuts-table');
    expect(cuts).toHaveLength(5);
    expect(cells(cuts[0] as HTMLElement)).toEqual([
      '29 Jun 2026 1.875\u00a0mg → 1.75\u00a0mg',
      '22',
      'Peak day 6, +18 settled by day 12',
    ]);
    expect(cells(cuts[4] as HTMLElement)[2]).toBe('Peak day 7, +18 not settled yet');
    const wins = [...screen.getByTestId('insights-wins').querySelectorAll('li')].map((li) => li.textContent);
    expect(wins).toEqual([
      'On Tuesday 1 December, your first day without muscle jerks in 12 days.',
      'The week to Thursday 3 December was your calmest since your taper began.',
    ]);
  }, 15_000);

  it('shows the three symptoms that weigh most lately, and a symptom or group the person picks', async () => {
    openInsights();
    await screen.findByTestId('insights-picker');
    expect(pressed()).toEqual(['Anxiety or panic', 'Muscle jerks', 'Pins and needles or numbness']);
    expect(screen.getByRole('img', { name: /^Muscle jerks: 7-day mean/ })).not.toBeNull();
    expect(rows('insights-series-symptom-muscle-jerks')[0]?.children).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Muscles and movement' }));
    fireEvent.click(screen.getByRole('button', { name: 'Muscle jerks' }));
    await waitFor(() =>
      expect(pressed()).toEqual(['Anxiety or panic', 'Pins and needles or numbness', 'Muscles and movement']),
    );
    expect(screen.queryByRole('img', { name: /^Muscle jerks: 7-day mean/ })).toBeNull();
    expect(screen.getByRole('img', { name: /^Muscles and movement: 7-day mean/ })).not.toBeNull();
  });

  it('says a hold made by a red-flag pause in plain words, and a hold without a reason by its days alone', async () => {
    const holds = [
      { from: '2026-10-01', to: '2026-10-04', reason: 'red-flag pause' },
      { from: '2026-11-01', to: '2026-11-07', reason: 'hold' },
    ];
    openInsights({ trends: (from, to) => ({ ...trendsOf(to, daysBetween(from, to) + 1), holds }) });
    const items = [...(await screen.findByTestId('insights-holds')).querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['1 Oct 2026 to 4 Oct 2026: paused after a serious event', '1 Nov 2026 to 7 Nov 2026']);
  });

  it('asks for the chosen range once, and a second tap on the chosen button asks nothing', async () => {
    const { asked } = openInsights();
    await screen.findByTestId('insights-day');
    expect(asked).toEqual(['2026-09-05..2026-12-03']);
    const month = screen.getByRole('button', { name: '30 days' });
    fireEvent.click(month);
    await waitFor(() => expect(month.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(month);
    await screen.findByTestId('insights-day');
    expect(asked).toEqual(['2026-09-05..2026-12-03', '2026-11-04..2026-12-03']);
  });

  it('offline, says calmly that insights need a connection, and one tap on "Try again" asks once', async () => {
    const offline = openInsights({ offline: true });
    expect((await screen.findByTestId('insights-failed')).textContent).toBe(
      'Insights need a connection, because they are worked out in your account. Your check-ins still save on this device.',
    );
    offline.api.setOnline(true);
    const retry = screen.getByRole('button', { name: 'Try again' });
    fireEvent.click(retry);
    fireEvent.click(retry);
    await screen.findByTestId('insights-day');
    expect(offline.asked).toHaveLength(1);
  });

  it('when the server refuses, says it could not load, with the reason', async () => {
    openInsights({ cuts: failure(500, 'internal') });
    expect((await screen.findByTestId('insights-failed')).textContent).toMatch(/^Your insights could not be loaded\./);
    expect(screen.getByRole('button', { name: 'Try again' })).not.toBeNull();
  });

  it('speaks German', async () => {
    openInsights({}, await inLanguage('de'));
    expect((await screen.findByTestId('insights-cuts-sentence')).textContent).toBe(
      'Über Ihre letzten 5 Reduktionen waren die Symptome um Tag 6 am stärksten und bis Tag 12 wieder abgeklungen.',
    );
    expect(screen.getByRole('heading', { name: 'Wie Ihre Symptome auf Reduktionen folgen' })).not.toBeNull();
    // Catalogue symptoms by their German names, not the server's English defaults.
    await screen.findByTestId('insights-picker');
    expect(pressed()).toContain('Angst oder Panik');
    expect(pressed().some((name) => /Anxiety|Muscle jerks/.test(name))).toBe(false);
  });
});
