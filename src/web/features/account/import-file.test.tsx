import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { noImportCounts, type ImportAnswer } from '../../../api/import-schemas.js';
import type { Account } from '../../../api/schemas.js';
import { failure, fakeApi, testWebData, type FakeReply } from '../../data/test-web-data.js';
import { WebDataProvider } from '../../data/web-data-context.js';
import type { LoadedLocale } from '../../i18n/i18n-context.js';
import { ENGLISH, inLanguage, TestI18n } from '../../i18n/test-i18n.js';
import { SessionProvider } from '../../session/session.js';
import { ImportFileSection } from './import-file.js';

const ANN: Account = { id: 'ann-id', email: 'ann@example.org', createdAt: '2025-11-01T09:00:00Z' };
const none = noImportCounts();
const ADDED: ImportAnswer = {
  added: { ...none, checkins: 12, versions: 1, doses: 30 },
  merged: { checkins: 2 },
  unchanged: { ...none, pins: 3 },
};

function openSection(answer: (body: unknown) => FakeReply, initial: LoadedLocale = ENGLISH) {
  const sent: unknown[] = [];
  const api = fakeApi({
    'GET /api/v1/auth/me': () => ({ status: 200, body: ANN }),
    'POST /api/v1/import': (body) => {
      sent.push(body);
      return answer(body);
    },
  });
  render(
    <TestI18n initial={initial}>
      <WebDataProvider data={testWebData(api)}>
        <SessionProvider>
          <ImportFileSection id="import-heading" />
        </SessionProvider>
      </WebDataProvider>
    </TestI18n>,
  );
  return sent;
}

function choose(text: string) {
  const input = document.getElementById('import-file') as HTMLInputElement;
  const file = new File([text], 'taper-companion-2026-12-01.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** What the section's live region says (the outcome is announced there, not only shown). */
const announced = () => screen.getByRole('status').textContent;

afterEach(cleanup);

describe('importing a file on the account screen', () => {
  it('says what merging means, and offers a big, labelled file choice', () => {
    openSection(() => ({ status: 200, body: ADDED }));
    // The section is named by its heading, and says what merging means inside it.
    const section = screen.getByRole('region', { name: 'Import a file' });
    expect(section.textContent).toMatch(/nothing here is deleted or replaced/);
    expect(announced()).toBe('');
    const input = screen.getByLabelText('Choose a file to import (JSON)');
    expect(input.getAttribute('type')).toBe('file');
    expect(document.querySelector('label[for="import-file"]')?.classList.contains('button')).toBe(true);
  });

  it('sends the file as JSON and shows what was added, merged and already there', async () => {
    const sent = openSection(() => ({ status: 200, body: ADDED }));
    choose('{"format":"taper-companion-export","version":1}');
    await screen.findByText('Imported. Added to your records:');
    expect(announced()).toMatch(/^Imported\. Added to your records:/);
    expect(sent).toEqual([{ format: 'taper-companion-export', version: 1 }]);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['12 check-ins', '1 earlier version of a day', '30 doses']);
    expect(announced()).toMatch(/2 days were in both: the later edit is each day/);
    expect(announced()).toMatch(/3 records were already here and stayed as they were\.$/);
  });

  it('says so when everything was already there', async () => {
    openSection(() => ({
      status: 200,
      body: { added: none, merged: { checkins: 0 }, unchanged: { ...none, doses: 4 } },
    }));
    choose('{}');
    await screen.findByText('Imported. Everything in the file was already here; nothing changed.');
    expect(announced()).toBe('Imported. Everything in the file was already here; nothing changed.');
  });

  it('refuses a file that is not JSON on the device, sending nothing', async () => {
    const sent = openSection(() => ({ status: 200, body: ADDED }));
    choose('not json at all');
    await screen.findByText(/could not be read\. Nothing was changed\./);
    expect(announced()).toMatch(
      /^This file is not a Taper Companion export: it could not be read\. Nothing was changed\.$/,
    );
    expect(sent).toEqual([]);
  });

  it('names the first wrong record in plain words when the server refuses the file', async () => {
    openSection(() => failure(400, 'invalid_input', 'checkins.2.symptoms.own-nobody'));
    choose('{}');
    const refusal =
      'Nothing was changed: something in this file is not right, so none of it was imported. The first problem is in check-in 3.';
    await screen.findByText(refusal);
    expect(announced()).toBe(refusal);
  });

  it('says when a file is too large, and speaks German', async () => {
    openSection(() => failure(413, 'payload_too_large'), await inLanguage('de'));
    expect(screen.getByRole('region', { name: 'Eine Datei importieren' }).textContent).toMatch(
      /Hier wird nichts gelöscht oder ersetzt\./,
    );
    choose('{}');
    await screen.findByText(/größer, als ein Server auf einmal annimmt \(16 MB\)/);
    expect(announced()).toMatch(/größer, als ein Server auf einmal annimmt \(16 MB\)/);
  });
});
