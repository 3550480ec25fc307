import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoadedLocale } from '../../i18n/i18n-context.js';
import { inLanguage, TestI18n } from '../../i18n/test-i18n.js';
import {
  CUT,
  NO_PLAN,
  fakeReadinessRecords,
  fakeReadinessServer,
  TODAY,
  type FakeReadinessServer,
} from './test-readiness-data.js';
import { TodayInsights } from './today-insights.js';
import { TodayInsightsSlot } from './today-insights-slot.js';

let server: FakeReadinessServer;

beforeEach(() => {
  localStorage.clear();
  server = fakeReadinessServer();
});
afterEach(cleanup);

function open(records = fakeReadinessRecords(server), language?: LoadedLocale) {
  render(
    <TestI18n {...(language ? { initial: language } : {})}>
      <TodayInsights records={records} day={{ today: TODAY, accountId: 'ann' }} />
    </TestI18n>,
  );
  return records;
}

const view = () => screen.findByTestId('readiness');
const signalText = (code: string) =>
  screen.getByTestId('readiness-signals').querySelector(`[data-code="${code}"]`)?.textContent ?? '';

describe('Today: where am I', () => {
  it('says calmly that it is loading, then the day and phase with what is typical, and where its sources are', async () => {
    open();
    expect(screen.getByRole('status').textContent).toBe('Looking up where you are in your taper…');
    expect((await screen.findByTestId('insights-day')).textContent).toMatch(/^Day 11 at /);
    expect(screen.getByTestId('insights-typical').textContent).toMatch(/strongest now/);
    // Today stays short: the sources and day windows are on the Insights screen, one tap away.
    expect(screen.getByRole('link', { name: 'More about this, with sources' }).getAttribute('href')).toBe('#/insights');
    expect(screen.queryByRole('link', { name: 'The Ashton Manual (2002)' })).toBeNull();
  });

  it('without a plan says so, and shows no readiness view', async () => {
    server.phase = NO_PLAN;
    server.readiness = { date: TODAY, nextCut: null, daysToCut: null, suggestion: null, signals: [] };
    open();
    expect((await screen.findByTestId('insights-typical')).textContent).toMatch(/no taper plan yet/);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.queryByTestId('readiness')).toBeNull();
  });
});

describe('Today: the slot below the check-in form', () => {
  const slot = () =>
    render(
      <TestI18n>
        <TodayInsightsSlot records={fakeReadinessRecords(server)} day={{ today: TODAY, accountId: 'ann' }} />
      </TestI18n>,
    );

  it('loads the card when there is a plan', async () => {
    slot();
    expect((await screen.findByTestId('insights-day')).textContent).toMatch(/^Day 11 at /);
    await view();
  });

  it('with no plan loads nothing (Today says so already)', async () => {
    server.phase = NO_PLAN;
    const { container } = slot();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});

describe('Today: the readiness view, from three days before a cut', () => {
  it('shows every signal in words with its status and source, and the suggestion as a suggestion', async () => {
    open();
    const section = await view();
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toMatch(/^Before your cut on /);
    expect(screen.getByTestId('readiness-suggestion').textContent).toMatch(/may suit you\. It is your choice\.$/);
    expect(screen.getByTestId('readiness-signals').querySelectorAll('li')).toHaveLength(7);
    expect(signalText('days-since-last-cut')).toMatch(/^Looks fine 11 days at this dose\./);
    expect(signalText('burden-vs-baseline')).toMatch(/about where they were before the last cut/);
    expect(signalText('checkin-coverage')).toMatch(/7 of the last 7 days have a check-in\./);
    expect(signalText('questionnaire-band')).toMatch(/Your latest questionnaire: mild\./);
    expect(signalText('checkin-coverage')).toMatch(/Our own rule/);
    expect(signalText('red-flags-since-last-cut')).toMatch(/No serious events since the last cut\./);
    expect(screen.queryByTestId('readiness-red-flag')).toBeNull();
  });

  it('suggests waiting, naming what is worth a look', async () => {
    server = fakeReadinessServer('wait');
    open();
    await view();
    expect(screen.getByTestId('readiness-suggestion').textContent).toMatch(/^It may be worth waiting a few days/);
    expect(signalText('trend-7-days')).toBe(
      'Worth a look Over the last 7 days your symptoms have been rising.Source: Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025)',
    );
    expect(signalText('checkin-coverage')).toMatch(/^Worth a look 4 of the last 7 days/);
  });

  it('with a red flag since the last cut suggests holding and links straight to urgent help', async () => {
    server = fakeReadinessServer('hold-red-flag');
    open();
    await view();
    expect(screen.getByTestId('readiness-suggestion').textContent).toMatch(/^It may be worth holding your dose/);
    expect(signalText('red-flags-since-last-cut')).toMatch(/^A reason to hold 1 serious event since the last cut\./);
    const link = within(screen.getByTestId('readiness-red-flag')).getByRole('link', { name: 'Open urgent help' });
    expect(link.getAttribute('href')).toBe('#/urgent-help');
  });

  it('"Go ahead as planned" records nothing and hides the view until the next cut', async () => {
    open();
    fireEvent.click(within(await view()).getByRole('button', { name: 'Go ahead as planned' }));
    expect(screen.queryByTestId('readiness')).toBeNull();
    expect(screen.getByTestId('readiness-outcome').textContent).toMatch(
      /^You chose to go ahead with the cut on .*Nothing in your plan changed\.$/,
    );
    expect(server.holds).toEqual([]);
    cleanup();
    open();
    expect((await screen.findByTestId('insights-day')).textContent).toMatch(/^Day 11/);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.queryByTestId('readiness')).toBeNull();
  });

  it('holds for the chosen days with the reason given, once however often it is tapped, and says when the cut now is', async () => {
    let letThrough: () => void = () => undefined;
    server.holdGate = new Promise<void>((resolve) => {
      letThrough = resolve;
    });
    open();
    const section = await view();
    fireEvent.click(within(section).getByRole('button', { name: 'One day more' }));
    fireEvent.click(within(section).getByRole('button', { name: 'One day more' }));
    fireEvent.click(within(section).getByRole('button', { name: 'One day fewer' }));
    expect(within(section).getByLabelText<HTMLInputElement>('Hold for how many days?').value).toBe('8');
    fireEvent.input(within(section).getByLabelText('Why (optional)'), { target: { value: 'A hard week' } });
    const hold = within(section).getByRole('button', { name: 'Hold for 8 days' });
    fireEvent.click(hold);
    fireEvent.click(hold);
    await waitFor(() => expect(screen.getByTestId('readiness-hold-status').textContent).toBe('Adding the hold…'));
    letThrough();
    const outcome = await screen.findByTestId('readiness-outcome');
    expect(server.holds).toEqual([{ stepIndex: (CUT?.index ?? 1) - 1, days: 8, reason: 'A hard week' }]);
    expect(outcome.textContent).toMatch(/^Held for 8 days\. Your next cut is now on /);
    await waitFor(() => expect(screen.queryByTestId('readiness')).toBeNull());
  });

  it('holds with a reason of its own words when none is given; the stepper stays within 1 to 28 days', async () => {
    open();
    const section = await view();
    const days = within(section).getByLabelText<HTMLInputElement>('Hold for how many days?');
    for (let i = 0; i < 30; i++) fireEvent.click(within(section).getByRole('button', { name: 'One day more' }));
    expect(days.value).toBe('28');
    fireEvent.input(days, { target: { value: '40' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Hold for 7 days' }));
    expect(await within(section).findByText('Choose a whole number of days from 1 to 28.')).not.toBeNull();
    expect(server.holds).toEqual([]);
    fireEvent.input(days, { target: { value: '1' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Hold for 1 day' }));
    await screen.findByTestId('readiness-outcome');
    expect(server.holds).toHaveLength(1);
    expect(server.holds[0]).toMatchObject({ stepIndex: (CUT?.index ?? 1) - 1, days: 1 });
    expect(server.holds[0]?.reason).toMatch(/^Not ready yet for the cut on /);
  });

  it('offline: the card shows the kept answer, and the view says calmly that it needs a connection', async () => {
    const records = open();
    await view();
    cleanup();
    server.online = false;
    open(records);
    expect((await screen.findByTestId('insights-day')).textContent).toMatch(/^Day 11/);
    expect(
      await screen.findByText('How ready you may be for your next cut needs a connection. Your plan stays as it is.'),
    ).not.toBeNull();
    expect(screen.queryByTestId('readiness')).toBeNull();
  });

  it('offline with nothing kept shows nothing at all', async () => {
    server.online = false;
    open();
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.getByTestId('today-insights').textContent).toBe('');
  });

  it('speaks German', async () => {
    open(undefined, await inLanguage('de'));
    expect((await view()).textContent).toMatch(/Vor Ihrer Reduktion am/);
    expect(screen.getByRole('button', { name: 'Wie geplant weitermachen' })).not.toBeNull();
    expect(screen.getByRole('button', { name: '7 Tage halten' })).not.toBeNull();
  });
});
