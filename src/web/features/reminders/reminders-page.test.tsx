import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../api/schemas.js';
import type { ReminderSettings } from '../../../core/index.js';
import { fakeApi, testWebData } from '../../data/test-web-data.js';
import { WebDataProvider } from '../../data/web-data-context.js';
import type { LoadedLocale } from '../../i18n/i18n-context.js';
import { ENGLISH, inLanguage, TestI18n } from '../../i18n/test-i18n.js';
import { saveReminderSettings } from './reminder-store.js';
import { RemindersPage } from './reminders-page.js';

const ANN: Account = { id: 'ann-id', email: 'ann@example.org', createdAt: '2026-11-01T09:00:00Z' };

function openReminders(saved: ReminderSettings, initial: LoadedLocale = ENGLISH) {
  saveReminderSettings(ANN.id, saved);
  render(
    <TestI18n initial={initial}>
      <WebDataProvider data={testWebData(fakeApi({}))}>
        <RemindersPage account={ANN} />
      </WebDataProvider>
    </TestI18n>,
  );
}

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('the reminders screen', () => {
  it('sums up the calendar file in English by default', () => {
    openReminders({ checkinTime: '20:00', doseTimes: ['08:00', '21:30'], inApp: true });
    expect(screen.getByText('Every day: check-in at 20:00; doses at 08:00 and 21:30.')).toBeTruthy();
    expect(screen.getByLabelText('Dose 2')).toBeTruthy();
  });

  it('speaks German: one dose or several, the times listed the German way', async () => {
    openReminders({ checkinTime: null, doseTimes: ['08:00', '14:00', '21:30'], inApp: true }, await inLanguage('de'));
    expect(screen.getByText('Jeden Tag: Dosen um 08:00, 14:00 und 21:30 Uhr.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Erinnerungen' })).toBeTruthy();
    cleanup();
    openReminders({ checkinTime: '20:00', doseTimes: ['08:00'], inApp: true }, await inLanguage('de'));
    expect(screen.getByText('Jeden Tag: Eintrag um 20:00 Uhr; Dosis um 08:00 Uhr.')).toBeTruthy();
  });
});
