import { describe, expect, it } from 'vitest';
import { draftToDose, minutesOf } from './dose-form.js';

const now = new Date(2026, 10, 25, 14, 30, 15);
const draft = { mg: '0,5', time: '08:05', form: 'liquid', note: '  with food ' } as const;

describe('draftToDose', () => {
  it('turns the typed dose into a body at today’s chosen local time', () => {
    const result = draftToDose(draft, { date: '2026-11-25', now });
    expect(result.ok && result.value).toMatchObject({
      date: '2026-11-25',
      doseMg: 0.5,
      form: 'liquid',
      note: 'with food',
    });
    expect(result.ok && result.value.takenAt.slice(0, 19)).toBe('2026-11-25T08:05:00');
  });

  it('leaves the form out when the person did not say', () => {
    const result = draftToDose({ ...draft, form: '' }, { date: '2026-11-25', now });
    expect(result.ok && result.value.form).toBeNull();
  });

  it.each([
    [{ mg: '' }, 'mg'],
    [{ mg: '0.0001' }, 'mg'],
    [{ mg: 'half' }, 'mg'],
    [{ time: '' }, 'time'],
    [{ time: '25:00' }, 'time'],
    [{ time: '14:31' }, 'time'],
  ])('refuses %j, naming %s', (change, field) => {
    expect(draftToDose({ ...draft, ...change }, { date: '2026-11-25', now })).toEqual({ ok: false, error: { field } });
  });

  it('accepts the current minute', () => {
    expect(draftToDose({ ...draft, time: '14:30' }, { date: '2026-11-25', now }).ok).toBe(true);
  });
});

describe('minutesOf', () => {
  it('reads HH:MM and nothing else', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('23:59')).toBe(1439);
    expect(minutesOf('8:00')).toBeUndefined();
  });
});
