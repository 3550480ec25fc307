import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '../../../core/index.js';
import { addDoseRow, formFromSettings, settingsFromForm, suggestDoseTime } from './reminder-form.js';

describe('reminder form', () => {
  it('round-trips saved settings, with dose times sorted on the way out', () => {
    const form = formFromSettings({ checkinTime: '21:00', doseTimes: ['08:00', '20:00'], inApp: false });
    const edited = { ...form, doses: [{ key: 0, time: '22:00' }, ...form.doses.slice(1)] };
    expect(settingsFromForm(edited)).toEqual({
      ok: true,
      value: { checkinTime: '21:00', doseTimes: ['20:00', '22:00'], inApp: false },
    });
  });

  it('keeps the check-in time while the reminder is off', () => {
    const off = formFromSettings({ ...DEFAULT_REMINDER_SETTINGS, checkinTime: null });
    expect(off).toMatchObject({ checkinOn: false, checkinTime: '20:00' });
    expect(settingsFromForm(off)).toMatchObject({ ok: true, value: { checkinTime: null } });
  });

  it('names the row to fix', () => {
    const form = formFromSettings({ checkinTime: null, doseTimes: ['08:00'], inApp: true });
    expect(settingsFromForm({ ...form, doses: [...form.doses, { key: 1, time: '' }] })).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'doseTimes.1' },
    });
  });

  it('suggests a free time for each new row, up to six', () => {
    let form = formFromSettings(DEFAULT_REMINDER_SETTINGS);
    for (let i = 0; i < 6; i++) form = addDoseRow(form);
    expect(form.doses.map((d) => d.time)).toEqual(['08:00', '20:00', '14:00', '11:00', '17:00', '23:00']);
    expect(new Set(form.doses.map((d) => d.key)).size).toBe(6);
    expect(suggestDoseTime(['08:00', '20:00', '14:00', '11:00', '17:00', '23:00'])).toBe('05:00');
  });
});
