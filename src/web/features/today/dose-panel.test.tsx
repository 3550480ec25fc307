import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DoseView } from '../../../api/dose-schemas.js';
import { localToday } from '../../dates.js';
import type { Local } from '../../data/outbox.js';
import { fakeTime } from '../../data/test-web-data.js';
import { DosePanel } from './dose-panel.js';
import { fakeServer, fakeTodayData, type FakeServer } from './fake-today-data.js';
import type { TodayData } from './sync-marks.js';
import { UNDO_ARMS_AFTER_MS } from './planned-dose.js';
import { TestI18n } from '../../i18n/test-i18n.js';

let time: ReturnType<typeof fakeTime>;
let server: FakeServer;
let data: TodayData;

/** The panel as Today holds it: the day's doses live above it and come back through onChange. */
function Harness() {
  const [doses, setDoses] = useState<readonly Local<DoseView>[]>([]);
  return (
    <DosePanel
      day={{
        date: localToday(time.clock()),
        isToday: true,
        planned: [{ medicationId: 'clonazepam', mg: 0.9, form: 'drops' }],
        planMedicine: 'clonazepam',
        doseTimes: [],
      }}
      doses={{ list: doses, onChange: setDoses }}
      env={{ data, nameOf: (id) => id }}
    />
  );
}

beforeEach(() => {
  time = fakeTime();
  server = fakeServer();
  data = fakeTodayData(server, time);
});
afterEach(cleanup);

describe('the one-tap planned dose', () => {
  it('logs one dose when tapped twice, and turns into "Logged · Undo" at once', async () => {
    render(
      <TestI18n>
        <Harness />
      </TestI18n>,
    );
    const button = screen.getByRole('button', { name: 'I took today’s planned dose (0.9\u00a0mg)' });
    fireEvent.click(button);
    // The second tap of a shaky double tap: on the button it hit, and on whatever took its place.
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Undo logging 0.9\u00a0mg' }));
    expect(screen.getByTestId('planned-logged').textContent).toMatch(/Logged 0\.9\u00a0mg/);
    await waitFor(() => expect(server.doses).toHaveLength(1));
    await screen.findByRole('button', { name: /^Undo 0\.9\u00a0mg at/ });
    expect(server.doseRequests).toBe(1);
    expect(screen.queryByRole('button', { name: /I took today’s planned dose/ })).toBeNull();
  });

  it('undoes the dose through the same write path once the double-tap moment has passed', async () => {
    render(
      <TestI18n>
        <Harness />
      </TestI18n>,
    );
    fireEvent.click(screen.getByRole('button', { name: /I took today’s planned dose/ }));
    await waitFor(() => expect(server.doses).toHaveLength(1));
    time.advance(UNDO_ARMS_AFTER_MS + 1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo logging 0.9\u00a0mg' }));
    await screen.findByRole('button', { name: 'I took today’s planned dose (0.9\u00a0mg)' });
    expect(server.doses).toEqual([]);
  });
});

describe('a dose with details', () => {
  async function openDetails() {
    render(
      <TestI18n>
        <Harness />
      </TestI18n>,
    );
    const details = screen.getByText('A different amount, time or note').closest('details');
    if (!details) throw new Error('no details');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    return screen.findByLabelText<HTMLInputElement>('Dose taken (mg)');
  }

  it('asks before logging a dose far from the plan, and logs nothing on "No"', async () => {
    const field = await openDetails();
    fireEvent.input(field, { target: { value: '250' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log a dose' }));
    screen.getByText('250 mg is far from the planned 0.9 mg. Save anyway?');
    fireEvent.click(screen.getByRole('button', { name: 'No, let me check' }));
    expect(screen.queryByTestId('unusual-dose')).toBeNull();
    expect(server.doseRequests).toBe(0);
  });

  it('logs the unusual dose on "Yes, save it", and a usual one without asking', async () => {
    const field = await openDetails();
    fireEvent.input(field, { target: { value: '250' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log a dose' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, save it' }));
    await waitFor(() => expect(server.doses.map((d) => d.doseMg)).toEqual([250]));
    fireEvent.input(field, { target: { value: '0.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log a dose' }));
    await waitFor(() => expect(server.doses.map((d) => d.doseMg)).toEqual([250, 0.5]));
    expect(screen.queryByTestId('unusual-dose')).toBeNull();
  });
});
