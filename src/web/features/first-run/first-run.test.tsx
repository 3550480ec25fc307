import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanInputSchema } from '../../../api/plan-schemas.js';
import type { Account, MySymptom } from '../../../api/schemas.js';
import { planTaper, SYMPTOM_CATALOGUE } from '../../../core/index.js';
import { failure, fakeApi, testWebData, type FakeRoutes } from '../../data/test-web-data.js';
import { WebDataProvider } from '../../data/web-data-context.js';
import { ENGLISH, inLanguage, TestI18n, wordsOf } from '../../i18n/test-i18n.js';
import { readJson } from '../../local-storage.js';
import { loadReminderSettings } from '../reminders/reminder-store.js';
import { FirstRun } from './first-run.js';
import { leaveAccount } from '../../session/leaving.js';
import { beginFirstRun, finishFirstRun, firstRunKey, loadFirstRun } from './first-run-store.js';

const ANN: Account = { id: 'ann-id', email: 'ann@example.org', createdAt: '2026-11-20T08:00:00Z' };

const symptoms: MySymptom[] = SYMPTOM_CATALOGUE.map((s) => ({
  ...s,
  sources: [...s.sources],
  own: false,
  pinned: s.pinnedByDefault,
  retired: false,
}));
const defaults = symptoms.filter((s) => s.pinnedByDefault);
const tremor = symptoms.find((s) => s.id === 'tremor') ?? symptoms[0];

/** The server as far as the first run needs it: the symptoms, pinning one, and saving a plan with the real planner. */
function routes(saved: unknown[]): FakeRoutes {
  return {
    'GET /api/v1/me/symptoms': () => ({ status: 200, body: { symptoms } }),
    [`PUT /api/v1/me/symptoms/${tremor?.id ?? ''}/pin`]: (body) => ({
      status: 200,
      body: { ...tremor, pinned: (body as { pinned: boolean }).pinned },
    }),
    'PUT /api/v1/plan': (body) => {
      saved.push(body);
      const input = PlanInputSchema.parse(body);
      const plan = planTaper(input);
      if (!plan.ok) return failure(422, plan.error.code, plan.error.field);
      const answer = { revision: 1, createdAt: '2026-11-20T09:00:00Z', input, plan: plan.value, holds: [] };
      return { status: 200, body: { ...answer, pauses: [], revisions: [] } };
    },
  };
}

function renderFirstRun(saved: unknown[] = [], more: FakeRoutes = {}, initial = ENGLISH) {
  const data = testWebData(fakeApi({ ...routes(saved), ...more }));
  data.records.use(ANN.id);
  const onDone = vi.fn();
  const view = render(
    <TestI18n initial={initial}>
      <WebDataProvider data={data}>
        <FirstRun account={ANN} onDone={onDone} />
      </WebDataProvider>
    </TestI18n>,
  );
  return { onDone, saved, view };
}

/** The text a control is described by (its hint or error), as a screen reader reads it after the name. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const { t } = wordsOf(ENGLISH);
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

beforeEach(() => {
  window.localStorage.clear();
  // A fixed day on the device's clock: the held dose starts on it.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 20, 9, 0));
  beginFirstRun(ANN.id);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the first run after sign-up', () => {
  it('asks how to start, one question per screen, with Skip for now and no Back on the first step', () => {
    renderFirstRun();
    expect(heading()).toBe(t('firstRun.startTitle'));
    expect(screen.getByText(t('firstRun.progress', { step: 1, of: 3 })).tagName).toBe('P');
    const choices = screen.getAllByRole('button').map((b) => [b.textContent, description(b)]);
    expect(choices).toEqual([
      [t('firstRun.startPlan'), t('firstRun.startPlanHint')],
      [t('firstRun.startDose'), t('firstRun.startDoseHint')],
      [t('firstRun.startJournal'), t('firstRun.startJournalHint')],
      [t('firstRun.skip'), ''],
    ]);
  });

  it('a journal: what to track, the defaults already chosen; a toggle is sent; then the reminder, then Today', async () => {
    const { onDone } = renderFirstRun();
    click(t('firstRun.startJournal'));
    expect(heading()).toBe(t('firstRun.trackTitle'));
    expect(screen.getByText(t('firstRun.progress', { step: 2, of: 3 })).tagName).toBe('P');
    const list = await screen.findByTestId('first-run-symptoms');
    expect(list.querySelectorAll('button')).toHaveLength(defaults.length);
    expect(list.querySelectorAll('button[aria-pressed="true"]')).toHaveLength(defaults.length);
    expect(screen.getByText(t('firstRun.trackLater')).className).toBe('hint');

    const toggle = screen.getByRole('button', { name: `Track ${tremor?.name ?? ''}` });
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('false'));

    click(t('firstRun.next'));
    expect(heading()).toBe(t('firstRun.reminderTitle'));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: t('firstRun.reminderOn') }).checked).toBe(true);
    fireEvent.input(screen.getByLabelText(t('firstRun.reminderTime')), { target: { value: '19:30' } });
    click(t('firstRun.finish'));
    expect(loadReminderSettings(ANN.id).checkinTime).toBe('19:30');
    expect(onDone).toHaveBeenCalledWith('today');
  });

  it('Skip for now on every step saves nothing and ends at Today; Back goes one step back', () => {
    const { onDone } = renderFirstRun();
    click(t('firstRun.skip'));
    expect(heading()).toBe(t('firstRun.trackTitle'));
    click(t('firstRun.back'));
    expect(heading()).toBe(t('firstRun.startTitle'));
    click(t('firstRun.skip'));
    click(t('firstRun.skip'));
    expect(heading()).toBe(t('firstRun.reminderTitle'));
    click(t('firstRun.back'));
    expect(heading()).toBe(t('firstRun.trackTitle'));
    click(t('firstRun.skip'));
    click(t('firstRun.skip'));
    expect(onDone).toHaveBeenCalledWith('today');
    expect(readJson(`reminders.${ANN.id}.settings`)).toBeUndefined();
  });

  it('"Make a taper plan" ends at the Plan screen', () => {
    const { onDone } = renderFirstRun();
    click(t('firstRun.startPlan'));
    click(t('firstRun.skip'));
    expect(screen.getByRole('button', { name: t('firstRun.finishToPlan') }).getAttribute('type')).toBe('submit');
    click(t('firstRun.finishToPlan'));
    expect(onDone).toHaveBeenCalledWith('plan');
  });

  it('the step survives a reload', () => {
    renderFirstRun().view.unmount();
    renderFirstRun();
    click(t('firstRun.startDose'));
    expect(loadFirstRun(ANN.id)).toEqual({ step: 'dose', start: 'dose' });
    cleanup();
    renderFirstRun();
    expect(heading()).toBe(t('firstRun.doseTitle'));
    expect(screen.getByText(t('firstRun.progress', { step: 2, of: 4 })).tagName).toBe('P');
  });

  it("the prescriber's dose: a missing medicine or a dose that is not a number is said at its field, nothing sent", () => {
    const { saved } = renderFirstRun();
    click(t('firstRun.startDose'));
    click(t('firstRun.saveDose'));
    const medicine = screen.getByLabelText(t('firstRun.medicineLabel'));
    expect(description(medicine)).toMatch(/^Medicine: /);
    expect(document.activeElement).toBe(medicine);
    fireEvent.change(screen.getByLabelText(t('firstRun.medicineLabel')), { target: { value: 'diazepam' } });
    fireEvent.input(screen.getByLabelText(t('firstRun.doseLabel')), { target: { value: 'two' } });
    click(t('firstRun.saveDose'));
    const dose = screen.getByLabelText(t('firstRun.doseLabel'));
    expect(dose.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(dose);
    expect(screen.getByTestId('held-dose-status').textContent).toMatch(/Today’s dose \(mg\)/);
    expect(saved).toEqual([]);
  });

  it("the prescriber's dose is saved as a plan that holds it from today and never cuts; then what to track", async () => {
    const { saved } = renderFirstRun();
    click(t('firstRun.startDose'));
    fireEvent.change(screen.getByLabelText(t('firstRun.medicineLabel')), { target: { value: 'diazepam' } });
    fireEvent.input(screen.getByLabelText(t('firstRun.doseLabel')), { target: { value: '7,5' } });
    click(t('firstRun.saveDose'));
    // A second tap while the first is on its way sends nothing more.
    click(t('firstRun.saveDose'));
    await waitFor(() => expect(heading()).toBe(t('firstRun.trackTitle')));
    expect(saved).toEqual([
      expect.objectContaining({
        medicationId: 'diazepam',
        form: 'tablet',
        currentDoseMg: 7.5,
        startDate: '2026-11-20',
        strategy: { kind: 'custom', steps: [{ doseMg: 7.5, days: 1 }] },
        endpointMg: 0,
        doseTimes: [{ label: 'daily', share: 1 }],
      }),
    ]);
    const plan = planTaper(PlanInputSchema.parse(saved[0]));
    expect(plan.ok && plan.value.steps.map((s) => [s.kind, s.start, s.end, s.doseMg])).toEqual([
      ['maintain', '2026-11-20', null, 7.5],
    ]);
  });

  it('a dose the server refuses is said there, and the step stays', async () => {
    renderFirstRun([], { 'PUT /api/v1/plan': () => failure(422, 'unmeasurable_dose', 'currentDoseMg') });
    click(t('firstRun.startDose'));
    fireEvent.change(screen.getByLabelText(t('firstRun.medicineLabel')), { target: { value: 'clonazepam' } });
    fireEvent.input(screen.getByLabelText(t('firstRun.doseLabel')), { target: { value: '0.3' } });
    click(t('firstRun.saveDose'));
    await waitFor(() =>
      expect(screen.getByTestId('held-dose-status').textContent).toMatch(/^The dose was not saved\./),
    );
    expect(heading()).toBe(t('firstRun.doseTitle'));
  });

  it('a dose far above the usual range is pointed out as it is typed', () => {
    renderFirstRun();
    click(t('firstRun.startDose'));
    fireEvent.change(screen.getByLabelText(t('firstRun.medicineLabel')), { target: { value: 'diazepam' } });
    fireEvent.input(screen.getByLabelText(t('firstRun.doseLabel')), { target: { value: '250' } });
    expect(screen.getByTestId('held-high-dose').textContent).toBe(t('firstRun.aboveUsual'));
  });

  it('is kept per account, and forgotten with the account on this device when signing out', async () => {
    const data = testWebData(fakeApi({ 'POST /api/v1/auth/logout': () => ({ status: 204 }) }));
    data.records.use(ANN.id);
    expect(loadFirstRun(ANN.id)).toEqual({ step: 'start', start: null });
    expect(loadFirstRun('someone-else')).toBeUndefined();
    finishFirstRun(ANN.id);
    expect(loadFirstRun(ANN.id)).toBeUndefined();
    expect(readJson(firstRunKey(ANN.id))).toBe('done');
    expect(await leaveAccount(data.records, ANN.id, { call: data.account.logout })).toBeUndefined();
    expect(readJson(firstRunKey(ANN.id))).toBeUndefined();
  });

  it('asks in German, and names each symptom toggle in German', async () => {
    renderFirstRun([], {}, await inLanguage('de'));
    expect(heading()).toBe('Wie möchten Sie anfangen?');
    screen.getByText('Schritt 1 von 3');
    click('Vorerst nur ein Tagebuch führen');
    expect(heading()).toBe('Was möchten Sie beobachten?');
    await screen.findAllByRole('button', { name: /verfolgen$/ });
  });
});
