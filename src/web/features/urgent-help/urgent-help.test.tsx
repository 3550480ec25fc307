import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account, RedFlagView } from '../../../api/schemas.js';
import { createTranslator, englishMessages } from '../../i18n/catalogue.js';
import { builtInFlag } from '../../red-flags.js';
import { UNDO_WINDOW_MS } from './recording-line.js';
import { UrgentHelp } from './urgent-help-screen.js';
import { useUrgentHelp } from './use-urgent-help.js';
import { ENGLISH, inLanguage, TestI18n } from '../../i18n/test-i18n.js';

const data = vi.hoisted(() => ({
  recordEvent: vi.fn(),
  deleteEvent: vi.fn(),
  eventState: vi.fn(),
  useSentCount: () => 0,
}));
vi.mock('./urgent-data.js', () => ({ useUrgentData: () => data }));

const ANN: Account = { id: 'ann', email: 'ann@example.org' } as Account;
function builtIn(kind: string): RedFlagView {
  const flag = builtInFlag(createTranslator('en', englishMessages()), kind);
  if (!flag) throw new Error(`no red flag ${kind}`);
  return flag;
}
const seizure = builtIn('seizure');
const selfHarm = builtIn('suicidal-thoughts');
const written = (synced: boolean) => ({ ok: true, value: { value: {}, synced } });

/** The hook and the screen as the App wires them, behind one button that raises the flag. */
function Harness({ account, flag = seizure }: { readonly account: Account | null; readonly flag?: RedFlagView }) {
  const urgent = useUrgentHelp(account);
  return urgent.shown ? (
    <UrgentHelp shown={urgent.shown} onUndo={urgent.undo} onBack={urgent.close} />
  ) : (
    <button type="button" onClick={() => urgent.raise(flag)}>
      {flag.label}
    </button>
  );
}

async function tapFlag(account: Account | null = ANN, flag = seizure, initial = ENGLISH) {
  render(
    <TestI18n initial={initial}>
      <Harness account={account} flag={flag} />
    </TestI18n>,
  );
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: flag.label }));
  });
}

const recordingLine = () => screen.getByTestId('urgent-recording').textContent;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  data.recordEvent.mockReset().mockResolvedValue(written(true));
  data.deleteEvent.mockReset().mockResolvedValue(written(true));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('urgent help', () => {
  it('offers the emergency numbers as tel: links, and crisis lines for thoughts of self-harm', async () => {
    await tapFlag();
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['tel:112', 'tel:911', 'tel:999']));
    expect(links).not.toContain('tel:988');
    cleanup();
    await tapFlag(ANN, selfHarm);
    expect(screen.getByRole('link', { name: 'Call 116 123 (Samaritans, UK and Ireland)' }).getAttribute('href')).toBe(
      'tel:116123',
    );
    expect(screen.getByRole('link', { name: 'Call 988 (crisis line, US)' }).getAttribute('href')).toBe('tel:988');
  });

  it('speaks German: the calling links, and the time the event reached the history in the German clock', async () => {
    vi.setSystemTime(new Date(2026, 10, 30, 21, 5));
    await tapFlag(ANN, selfHarm, await inLanguage('de'));
    expect(screen.getByRole('heading', { name: 'Rufen Sie jetzt Ihren örtlichen Notruf an' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '988 anrufen (Krisentelefon, USA)' }).getAttribute('href')).toBe('tel:988');
    expect(recordingLine()).toBe('Um 21:05 in Ihren Verlauf eingetragen.');
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeTruthy();
  });

  it('records the event at once: recorded, then undo, then gone from the history', async () => {
    await tapFlag();
    expect(data.recordEvent).toHaveBeenCalledTimes(1);
    const id = (data.recordEvent.mock.calls[0]?.[0] as { id: string; kind: string }).id;
    expect(data.recordEvent.mock.calls[0]?.[0]).toMatchObject({ kind: 'seizure' });
    expect(recordingLine()).toMatch(/^Added to your history at \d\d:\d\d\.$/);
    expect(screen.queryByText(/Your taper plan is paused/)).not.toBeNull();

    const undo = screen.getByRole('button', { name: 'Undo' });
    await act(async () => {
      fireEvent.click(undo);
      fireEvent.click(undo);
    });
    // A double tap sends one undo.
    expect(data.deleteEvent.mock.calls).toEqual([[id]]);
    expect(recordingLine()).toBe('Removed from your history. It does not pause your plan.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.queryByText(/Your taper plan is paused/)).toBeNull();
  });

  it('keeps an unsent event on the device, still undoable; the undo waits there too', async () => {
    data.recordEvent.mockResolvedValue(written(false));
    data.deleteEvent.mockResolvedValue(written(false));
    await tapFlag();
    expect(recordingLine()).toMatch(/kept on this device/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(recordingLine()).toMatch(/^Removed on this device\. Your account follows/);
  });

  it('offers the undo for 30 seconds only', async () => {
    await tapFlag();
    await act(async () => {
      vi.advanceTimersByTime(UNDO_WINDOW_MS - 1000);
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(recordingLine()).toMatch(/^Added to your history/);
  });

  it('says when the account refused the event, and offers no undo', async () => {
    data.recordEvent.mockResolvedValue({ ok: false, error: { code: 'invalid_input', message: 'x', status: 400 } });
    await tapFlag();
    expect(recordingLine()).toMatch(/^This could not be added to your history \(.+\)\. The steps above matter more\.$/);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('says when a refused undo left the event in the history', async () => {
    data.deleteEvent.mockResolvedValue({ ok: false, error: { code: 'invalid_input', message: 'x', status: 400 } });
    await tapFlag();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(recordingLine()).toMatch(/^This could not be removed from your history/);
  });

  it('records nothing when signed out, and says so', async () => {
    await tapFlag(null);
    expect(data.recordEvent).not.toHaveBeenCalled();
    expect(recordingLine()).toMatch(/You are not signed in/);
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeNull();
  });
});
