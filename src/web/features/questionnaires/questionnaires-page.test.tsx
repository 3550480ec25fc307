import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/schemas.js';
import { bwsq } from '../../../core/instruments/bwsq.js';
import { ciwaB } from '../../../core/instruments/ciwa-b.js';
import { maxScore } from '../../../core/instruments/score.js';
import { fakeTime } from '../../data/test-web-data.js';
import { ENGLISH, inLanguage, TestI18n, wordsOf } from '../../i18n/test-i18n.js';
import { itemText } from './instrument-words.js';
import { QuestionnairesPage } from './questionnaires-page.js';

// The screen's clock stands still at a fixed moment (2026-11-20), so "today" never moves mid-test.
const time = vi.hoisted(() => ({ clock: () => new Date() }));
const data = vi.hoisted(() => ({
  clock: () => time.clock(),
  instruments: vi.fn(),
  listAssessments: vi.fn(),
  recordAssessment: vi.fn(),
  assessmentState: vi.fn(),
  useSentCount: () => 0,
}));
vi.mock('./questionnaires-data.js', () => ({ useQuestionnairesData: () => data }));

const ANN = { id: 'ann', email: 'ann@example.org' } as Account;
/** The instruments as the API sends them. */
const view = (i: typeof bwsq) => ({
  ...i,
  maxScore: maxScore(i),
  bands: i.bands?.map((b) => ({ ...b, contactClinician: b.contactClinician === true })) ?? null,
});
const onRedFlag = vi.fn();
const english = wordsOf(ENGLISH).t;

function renderPage(language = ENGLISH) {
  return render(
    <TestI18n initial={language}>
      <QuestionnairesPage account={ANN} onRedFlag={onRedFlag} />
    </TestI18n>,
  );
}

async function choose(shortName: string) {
  const card = await screen.findByRole('radio', { name: new RegExp(shortName) });
  await act(async () => {
    fireEvent.click(card);
  });
  return screen.getByTestId('questionnaire');
}

function answer(question: string, option: string) {
  const group = screen.getByRole('group', { name: new RegExp(question) });
  const radio = [...group.querySelectorAll('label')].find((l) => l.textContent === option)?.querySelector('input');
  if (!radio) throw new Error(`no option ${option}`);
  fireEvent.click(radio);
}

beforeEach(() => {
  time.clock = fakeTime('2026-11-20T09:00:00Z').clock;
  window.localStorage.clear();
  onRedFlag.mockReset();
  data.instruments.mockReset().mockResolvedValue({ ok: true, value: { instruments: [view(ciwaB), view(bwsq)] } });
  data.listAssessments.mockReset().mockResolvedValue({ ok: true, value: [] });
  data.recordAssessment.mockReset();
});
afterEach(cleanup);

describe('Questionnaires', () => {
  it('states each questionnaire’s time frame once, from its data', async () => {
    renderPage();
    await choose('CIWA-B');
    expect(screen.getByTestId('time-frame').textContent).toBe(
      'Answer for today: how you are right now, or since this morning.',
    );
    await choose('BWSQ');
    expect(screen.getByTestId('time-frame').textContent).toBe('Answer for the past few days.');
    expect(document.body.textContent).not.toMatch(/last 24 hours/);
  });

  it('keeps the draft when the person leaves the screen and comes back, per questionnaire', async () => {
    const first = renderPage();
    await choose('CIWA-B');
    answer('How irritable do you feel', 'Quite a lot');
    first.unmount();

    renderPage();
    // The questionnaire with a draft opens again, with the answer given.
    const form = await screen.findByTestId('questionnaire');
    expect(form.getAttribute('aria-labelledby')).toBe('instrument-heading');
    const irritable = screen.getByRole('group', { name: /How irritable do you feel/ });
    expect(irritable.querySelector<HTMLInputElement>('input:checked')?.value).toBe('3');
    await choose('BWSQ');
    expect(screen.getByRole('group', { name: /Feeling unreal/ }).querySelector('input:checked')).toBeNull();
  });

  it('clears the draft once the answers are saved, and shows the result', async () => {
    data.recordAssessment.mockImplementation((body: { answers: number[] }) =>
      Promise.resolve({
        ok: true,
        value: {
          synced: false,
          value: { id: 'a1', score: body.answers.length, maxScore: 40, band: null, pending: true },
        },
      }),
    );
    const first = renderPage();
    await choose('BWSQ');
    for (const item of bwsq.items) answer(itemText(english, 'bwsq', item), 'Yes, moderately');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save answers' }));
    });
    expect(data.recordAssessment).toHaveBeenCalledTimes(1);
    await screen.findByTestId('assessment-result');
    expect(screen.queryByTestId('assessment-result')).not.toBeNull();
    expect(screen.queryByText(/Saved on this device/)).not.toBeNull();
    first.unmount();
    renderPage();
    await screen.findByRole('radio', { name: /BWSQ/ });
    await waitFor(() => expect(screen.queryByTestId('questionnaire')).toBeNull());
  });

  it('says how many questions are open, and saves nothing', async () => {
    renderPage();
    await choose('BWSQ');
    answer('Feeling unreal', 'No');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save answers' }));
    });
    expect(screen.getByTestId('questionnaire-status').textContent).toBe(
      'Please answer every question. 19 questions are still open.',
    );
    expect(data.recordAssessment).not.toHaveBeenCalled();
  });

  it('points to urgent help at once when an answer is itself a red flag, before saving', async () => {
    renderPage();
    await choose('BWSQ');
    expect(screen.queryByTestId('red-flag-answer')).toBeNull();
    answer('Seeing or hearing things that are not there', 'No');
    expect(screen.queryByTestId('red-flag-answer')).toBeNull();
    answer('Seeing or hearing things that are not there', 'Yes, moderately');
    const panel = screen.getByTestId('red-flag-answer');
    expect([...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['tel:112', 'tel:911', 'tel:999']),
    );
    expect(data.recordAssessment).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'I see or hear things that are not there (while awake)' }));
    expect(onRedFlag).toHaveBeenCalledWith(expect.objectContaining({ kind: 'hallucinations' }));
  });

  it('speaks German: the questions, answers and notes, its plural of open questions, past results dated the German way', async () => {
    data.listAssessments.mockResolvedValue({
      ok: true,
      value: [{ id: 'p1', instrument: 'bwsq', date: '2026-11-13', score: 12, maxScore: 40, band: null }],
    });
    const german = await inLanguage('de');
    const de = wordsOf(german).t;
    renderPage(german);
    const form = await choose('BWSQ');
    expect(form.textContent).toContain('Fragebogen zu Benzodiazepin-Entzugssymptomen (BWSQ)');
    expect(form.textContent).toContain('Er entscheidet nichts über Ihre Dosis.');
    expect(form.textContent).toMatch(/aus der Erinnerung an die Veröffentlichung von 1990/);
    expect(form.textContent).not.toMatch(/Feeling unreal|Yes, moderately|does not decide/);
    expect(data.listAssessments).toHaveBeenLastCalledWith(expect.objectContaining({ to: '2026-11-21' }));
    expect((await screen.findByTestId('past-results')).textContent).toBe('13. Nov. 2026: 12 von 40');
    answer('Sich unwirklich fühlen', 'Nein');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Antworten speichern' }));
    });
    expect(screen.getByTestId('questionnaire-status').textContent).toBe(
      'Bitte beantworten Sie alle Fragen. 19 Fragen sind noch offen.',
    );
    for (const item of bwsq.items.slice(1, -1)) answer(itemText(de, 'bwsq', item), 'Nein');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Antworten speichern' }));
    });
    expect(screen.getByTestId('questionnaire-status').textContent).toBe(
      'Bitte beantworten Sie alle Fragen. 1 Frage ist noch offen.',
    );
  });

  it('names its source by its public title, with a link', async () => {
    renderPage();
    await choose('CIWA-B');
    const link = screen.getByRole('link', { name: 'CIWA-B, Busto, Sykora and Sellers (1989)' });
    expect(link.getAttribute('href')).toBe('https://pubmed.ncbi.nlm.nih.gov/2574193');
  });

  it('says when the questionnaires could not be loaded', async () => {
    data.instruments.mockResolvedValue({ ok: false, error: { code: 'network_error', message: 'x', status: 0 } });
    renderPage();
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The questionnaires could not be loaded/);
  });
});
