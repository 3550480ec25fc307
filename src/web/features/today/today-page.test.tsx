import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/schemas.js';
import { addDays } from '../../../core/index.js';
import { fakeTime } from '../../data/test-web-data.js';
import { localToday } from '../../dates.js';
import { savedPlan } from '../plan/test-plan-data.js';
import { fakeServer, fakeTodayData, type FakeServer } from './fake-today-data.js';
import type { TodayData } from './sync-marks.js';
import { TodayPage } from './today-page.js';
import { ENGLISH, inLanguage, TestI18n, wordsOf } from '../../i18n/test-i18n.js';

const current = vi.hoisted(() => ({ data: undefined as TodayData | undefined }));
vi.mock('./today-data.js', () => ({ useTodayData: () => current.data }));

const account = { id: 'ann', email: 'ann@example.org' } as unknown as Account;
// The screen's clock (the test web data's): it stands still at a fixed moment, so "today" never moves mid-test.
const time = fakeTime();
const today = localToday(time.clock());
const yesterday = addDays(today, -1);
let server: FakeServer;
const { t, f } = wordsOf(ENGLISH);

beforeEach(() => {
  localStorage.clear();
  server = fakeServer();
});
afterEach(cleanup);

async function openToday(language = ENGLISH) {
  current.data = fakeTodayData(server, time);
  render(
    <TestI18n initial={language}>
      <TodayPage account={account} redFlags={[]} onRedFlag={() => undefined} />
    </TestI18n>,
  );
  await screen.findByTestId('checkin-form');
  await screen.findByRole('group', { name: language === ENGLISH ? 'Tremor' : 'Zittern' });
}

const radio = (symptom: string, level: string) =>
  within(screen.getByRole('group', { name: symptom })).getByRole<HTMLInputElement>('radio', { name: level });
const valueOf = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
const status = () => screen.getByTestId('save-status').textContent;

describe('Today, a day with nothing saved yet', () => {
  it('shows each pinned symptom unrated, and "None for all 3" then Save records all three in two taps', async () => {
    await openToday();
    expect(
      within(screen.getByTestId('checkin-form'))
        .getAllByRole('radio')
        .filter((r) => (r as HTMLInputElement).checked),
    ).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Same as yesterday' }));
    await screen.findByText(t('today.noYesterday'));
    fireEvent.click(screen.getByRole('button', { name: 'None for all 3' }));
    save();
    await waitFor(() => expect(status()).toBe(t('today.saved')));
    expect(server.checkins.get(today)?.symptoms).toEqual({ tremor: 0, 'muscle-jerks': 0, dizziness: 0 });
  });

  it('rates the few that are there and sets the rest to None, keeping what was rated', async () => {
    await openToday();
    fireEvent.click(radio('Tremor', 'Moderate'));
    fireEvent.click(screen.getByRole('button', { name: 'None for the other 2' }));
    save();
    await waitFor(() => expect(status()).toBe(t('today.saved')));
    expect(server.checkins.get(today)?.symptoms).toEqual({ tremor: 2, 'muscle-jerks': 0, dizziness: 0 });
  });
});

describe('Today without a plan', () => {
  it('says calmly that there is no plan yet, with a big link to set one up', async () => {
    await openToday();
    const note = await screen.findByRole('region', { name: t('today.noPlan.heading') });
    expect(note.textContent).toContain(t('today.noPlan.text'));
    expect(
      within(note)
        .getByRole('link', { name: t('today.noPlan.button') })
        .getAttribute('href'),
    ).toBe('#/plan');
    expect(screen.queryByTestId('assessment-prompt')).toBeNull();
  });
});

describe('Today, a saved day', () => {
  it('opens with the saved answers', async () => {
    server.checkins.set(today, {
      date: today,
      symptoms: { tremor: 2 },
      sleepHours: 6,
      doseMg: null,
      note: 'Shaky.',
      tags: [],
      updatedAt: 't',
      editedAt: 't',
    });
    await openToday();
    await waitFor(() => expect(radio('Tremor', 'Moderate').checked).toBe(true));
    expect(valueOf('Hours slept')).toBe('6');
    expect(valueOf('Note')).toBe('Shaky.');
  });

  it('copies the day before with "Same as yesterday", and fills in its sleep on a new day, saying so', async () => {
    server.checkins.set(yesterday, {
      date: yesterday,
      symptoms: { tremor: 3, dizziness: 1 },
      sleepHours: 5,
      doseMg: null,
      note: '',
      tags: ['illness'],
      updatedAt: 't',
      editedAt: 't',
    });
    await openToday();
    const same = await screen.findByRole('button', { name: 'Same as yesterday' });
    await waitFor(() => expect(valueOf('Hours slept')).toBe('5'));
    screen.getByText(/Filled in from the day before/);
    fireEvent.click(same);
    expect(radio('Tremor', 'Severe').checked).toBe(true);
    expect(radio('Dizziness', 'Mild').checked).toBe(true);
    save();
    await waitFor(() => expect(status()).toBe(t('today.saved')));
    expect(server.checkins.get(today)).toMatchObject({ symptoms: { tremor: 3, dizziness: 1 }, sleepHours: 5 });
  });
});

describe('Today when the server cannot take it', () => {
  it('keeps a check-in saved offline on the device and says so (unsent)', async () => {
    await openToday();
    server.online = false;
    fireEvent.click(radio('Tremor', 'Severe'));
    save();
    await waitFor(() => expect(status()).toBe(t('today.savedOnDevice')));
    expect(server.checkins.size).toBe(0);
    const queued = await (current.data as TodayData).syncer.entries();
    expect(queued.map((e) => e.op.kind)).toEqual(['checkin']);
  });

  it('opens with no connection: says the day could not be loaded, and still saves on the device (offline)', async () => {
    server.online = false;
    await openToday().catch(() => undefined);
    await screen.findByText(/The saved check-in for this day could not be loaded/);
    screen.getByText(t('today.symptomsUnavailable'));
    save();
    await waitFor(() => expect(status()).toBe(t('today.savedOnDevice')));
  });

  it('shows the reason when the account refuses the check-in (refused)', async () => {
    server.refuseCheckins = { code: 'date_in_future', message: 'Date in the future', status: 422 };
    await openToday();
    fireEvent.click(radio('Tremor', 'Mild'));
    save();
    await waitFor(() => expect(status()).toBe('That date has not happened yet.'));
    expect(server.checkins.size).toBe(0);
  });

  it('never cuts a long note: it says how far over it is, and Save asks to shorten it', async () => {
    await openToday();
    const note = screen.getByLabelText<HTMLTextAreaElement>('Note');
    fireEvent.input(note, { target: { value: 'x'.repeat(2010) } });
    expect(note.value).toHaveLength(2010);
    screen.getByText(/10 characters over the limit of 2000/);
    save();
    await waitFor(() => expect(status()).toBe('Not saved yet. Please check “Note” above.'));
    expect(server.checkins.size).toBe(0);
  });
});

describe('Today, an earlier day', () => {
  it('fills in yesterday, and refuses a day that has not come yet', async () => {
    await openToday();
    fireEvent.click(screen.getByRole('button', { name: 'Yesterday' }));
    await screen.findByRole('heading', { name: 'Check-in for yesterday' });
    await screen.findByRole('group', { name: 'Tremor' });
    fireEvent.click(radio('Tremor', 'Mild'));
    save();
    await waitFor(() => expect(status()).toBe(t('today.saved')));
    expect(server.checkins.get(yesterday)?.symptoms).toEqual({ tremor: 1 });
    expect(server.checkins.has(today)).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Earlier' }));
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: addDays(today, 1) } });
    screen.getByText(/That day has not come yet/);
    screen.getByRole('heading', { name: /Check-in for/ });
  });

  it('names the plan panel for the day shown: today’s planned dose, then the one planned for that day', async () => {
    server.plan = savedPlan(addDays(today, -20));
    // The panel loads when shown (lazyScreen): its module is loaded first, so a slow first import cannot outlast findBy.
    await import('./todays-plan.js');
    await openToday();
    await screen.findByRole('heading', { name: 'Today’s planned dose' });
    fireEvent.click(screen.getByRole('button', { name: 'Yesterday' }));
    await screen.findByRole('heading', { name: `Planned dose for ${f.weekday(yesterday)}` });
    expect(screen.queryByRole('heading', { name: 'Today’s planned dose' })).toBeNull();
    expect(screen.getByTestId('todays-dose').textContent).toMatch(/^Daily dose: [\d.]+\u00a0mg$/);
  });
});

describe('Today in German', () => {
  it('says its heading, its date and the way to urgent help in German, with a German date', async () => {
    await openToday(await inLanguage('de'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ihr Tageseintrag');
    const dateLine = screen.getByText(/^Für /).textContent;
    // "Für Mittwoch, 2. Dezember.": German weekday, day with a full stop, German month.
    expect(dateLine).toMatch(
      /^Für (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\.$/,
    );
    expect(screen.getByRole('link', { name: 'Ist etwas Ernstes passiert? Zur Soforthilfe' }).getAttribute('href')).toBe(
      '#serious',
    );
    expect(screen.getByRole('group', { name: 'Für welchen Tag ist das?' }).textContent).toContain('Gestern');
    expect(screen.getByRole('heading', { name: 'Etwas Ernstes ist passiert' }).id).toBe('serious-heading');
    // The catalogue's symptoms are named in German; the server's English name is not shown.
    expect(screen.queryByRole('group', { name: 'Tremor' })).toBeNull();
  });

  it('rates, counts and saves in German: severities, the plural of the rest, the note counter and the saved line', async () => {
    const german = await inLanguage('de');
    const de = wordsOf(german);
    await openToday(german);
    screen.getByRole('button', { name: 'Keine für alle 3' });
    fireEvent.click(radio('Zittern', 'Mittel'));
    fireEvent.click(screen.getByRole('button', { name: 'Keine für die übrigen 2' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Alle bewertet' }).disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Notiz'), { target: { value: 'x'.repeat(2001) } });
    screen.getByText(/^1 Zeichen über der Grenze von 2000\./);
    fireEvent.input(screen.getByLabelText('Notiz'), { target: { value: 'kurz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Eintrag speichern' }));
    await waitFor(() => expect(status()).toBe(de.t('today.saved')));
    expect(status()).toBe('Gespeichert');
    expect(server.checkins.get(today)).toMatchObject({ symptoms: { tremor: 2, 'muscle-jerks': 0, dizziness: 0 } });
  });

  it('names the plan panel for an earlier day with a German date', async () => {
    server.plan = savedPlan(addDays(today, -20));
    await import('./todays-plan.js');
    const german = await inLanguage('de');
    await openToday(german);
    await screen.findByRole('heading', { name: 'Heute geplante Dosis' });
    fireEvent.click(screen.getByRole('button', { name: 'Gestern' }));
    await screen.findByRole('heading', { name: `Geplante Dosis für ${wordsOf(german).f.weekday(yesterday)}` });
    expect(screen.getByText(/^Schritt \d+, (ab|bis) \d{1,2}\. [A-Z][a-zä]+\.? \d{4}\.$/)).toBeTruthy();
  });
});
