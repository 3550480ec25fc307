import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MySymptom } from '../../../api/schemas.js';
import type { LoadedLocale } from '../../i18n/i18n-context.js';
import { ENGLISH, inLanguage, TestI18n } from '../../i18n/test-i18n.js';
import { SymptomsPage } from './symptoms-page.js';

const records = vi.hoisted(() => ({ mySymptoms: vi.fn() }));
vi.mock('../../data/web-data-context.js', () => ({ useRecords: () => records }));

// The server's name of a catalogue symptom is its English default; the screen names it from its own catalogue.
const symptom = (id: string, group: string, pinned: boolean) =>
  ({ id, name: `${id} as sent`, description: '', group, own: false, pinned, retired: false }) as MySymptom;

function renderSymptoms(initial: LoadedLocale = ENGLISH) {
  render(
    <TestI18n initial={initial}>
      <SymptomsPage />
    </TestI18n>,
  );
}

beforeEach(() => {
  records.mySymptoms.mockReset().mockResolvedValue({
    ok: true,
    value: { symptoms: [symptom('tremor', 'motor', true), symptom('tinnitus', 'sensory', true)] },
  });
});
afterEach(cleanup);

describe('My symptoms', () => {
  it('names the groups and counts the tracked symptoms in English', async () => {
    renderSymptoms();
    expect(await screen.findByText('You track 2 symptoms.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Muscles and movement' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Track Tremor' })).toBeTruthy();
    expect(screen.getByText('Ringing in the ears')).toBeTruthy();
  });

  it('speaks German, with German plural rules and symptom names; a person’s own symptom keeps its name', async () => {
    const own = {
      ...symptom('5b1c7f3e-0d4a-4c57-9f1e-2a9a6c3d8e11', 'motor', false),
      own: true,
      name: 'Kiefer pressen',
    };
    records.mySymptoms.mockResolvedValue({ ok: true, value: { symptoms: [symptom('tremor', 'motor', true), own] } });
    renderSymptoms(await inLanguage('de'));
    expect(await screen.findByText('Sie verfolgen 1 Beschwerde.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Auswählen, was ich verfolge' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Muskeln und Bewegung' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zittern verfolgen' })).toBeTruthy();
    expect(screen.getByText('Kiefer pressen')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/as sent/);
  });
});
