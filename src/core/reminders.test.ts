import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_SETTINGS,
  dismissReminder,
  doseReminderId,
  dueReminders,
  isTimeOfDay,
  MAX_DOSE_TIMES,
  minutesOfDay,
  NO_DISMISSALS,
  prepareReminderSettings,
  type ReminderDay,
  type ReminderSettings,
} from './reminders.js';

const DATE = '2026-11-24';
const at = (time: string, rest: Partial<ReminderDay> = {}): ReminderDay => ({
  date: DATE,
  minutes: minutesOfDay(time),
  dismissals: NO_DISMISSALS,
  checkinSaved: false,
  dosesLogged: 0,
  ...rest,
});
const settings = (rest: Partial<ReminderSettings> = {}): ReminderSettings => ({
  checkinTime: '20:00',
  doseTimes: ['08:00', '20:00'],
  inApp: true,
  ...rest,
});
const ids = (s: ReminderSettings, day: ReminderDay) => dueReminders(s, day).map((r) => r.id);

const timeOfDay = fc
  .integer({ min: 0, max: 1439 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const doseTimes = fc.uniqueArray(timeOfDay, { maxLength: MAX_DOSE_TIMES });
const anySettings = fc.record({
  checkinTime: fc.option(timeOfDay, { nil: null }),
  doseTimes: doseTimes.map((t) => [...t].sort()),
  inApp: fc.boolean(),
});
const anyDay = fc.record({
  date: fc.constant(DATE),
  minutes: fc.integer({ min: 0, max: 1439 }),
  dismissals: fc.record({
    date: fc.constantFrom(DATE, '2026-11-23'),
    ids: fc.array(fc.oneof(fc.constant('checkin'), timeOfDay.map(doseReminderId)), { maxLength: 4 }),
  }),
  checkinSaved: fc.boolean(),
  dosesLogged: fc.nat({ max: 8 }),
});

describe('reminder times', () => {
  it.each(['00:00', '08:05', '19:59', '23:59'])('accepts %s', (time) => expect(isTimeOfDay(time)).toBe(true));
  it.each(['24:00', '8:00', '08:60', '08:00:00', '8am', ''])('rejects %j', (time) =>
    expect(isTimeOfDay(time)).toBe(false),
  );

  it('counts minutes from local midnight', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('20:30')).toBe(1230);
    expect(minutesOfDay('23:59')).toBe(1439);
  });
});

describe('prepareReminderSettings', () => {
  it('keeps the settings with the dose times in time order', () => {
    expect(
      prepareReminderSettings({ checkinTime: '21:15', doseTimes: ['20:00', '08:00', '13:30'], inApp: false }),
    ).toEqual({
      ok: true,
      value: { checkinTime: '21:15', doseTimes: ['08:00', '13:30', '20:00'], inApp: false },
    });
    expect(prepareReminderSettings(DEFAULT_REMINDER_SETTINGS)).toEqual({ ok: true, value: DEFAULT_REMINDER_SETTINGS });
  });

  it('allows no check-in reminder and no dose times', () => {
    expect(prepareReminderSettings({ checkinTime: null, doseTimes: [], inApp: true }).ok).toBe(true);
  });

  it('names the field to fix', () => {
    expect(prepareReminderSettings({ checkinTime: '8pm', doseTimes: [], inApp: true })).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'checkinTime' },
    });
    expect(prepareReminderSettings({ checkinTime: null, doseTimes: ['08:00', '25:00'], inApp: true })).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'doseTimes.1' },
    });
    expect(prepareReminderSettings({ checkinTime: null, doseTimes: ['08:00', '20:00', '08:00'], inApp: true })).toEqual(
      {
        ok: false,
        error: { code: 'invalid_input', field: 'doseTimes.2' },
      },
    );
    const seven = ['01:00', '02:00', '03:00', '04:00', '05:00', '06:00', '07:00'];
    expect(prepareReminderSettings({ checkinTime: null, doseTimes: seven, inApp: true })).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'doseTimes' },
    });
  });

  test.prop([fc.option(timeOfDay, { nil: null }), doseTimes, fc.boolean()])(
    'accepts any unique times, sorted, and is idempotent',
    (checkinTime, times, inApp) => {
      const first = prepareReminderSettings({ checkinTime, doseTimes: times, inApp });
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      expect(first.value.doseTimes).toEqual([...times].sort((a, b) => minutesOfDay(a) - minutesOfDay(b)));
      expect(prepareReminderSettings(first.value)).toEqual(first);
    },
  );
});

describe('dueReminders', () => {
  it('shows nothing before the first time of the day', () => {
    expect(ids(settings(), at('07:59'))).toEqual([]);
  });

  it('shows each reminder from its time until the end of the day', () => {
    expect(ids(settings(), at('08:00'))).toEqual(['dose-08:00']);
    expect(ids(settings(), at('19:59'))).toEqual(['dose-08:00']);
    expect(dueReminders(settings(), at('20:00'))).toEqual([
      { id: 'dose-08:00', kind: 'dose', time: '08:00' },
      { id: 'checkin', kind: 'checkin', time: '20:00' },
      { id: 'dose-20:00', kind: 'dose', time: '20:00' },
    ]);
    expect(ids(settings(), at('23:59'))).toEqual(['dose-08:00', 'checkin', 'dose-20:00']);
  });

  it('stops the check-in reminder once today’s check-in is saved', () => {
    expect(ids(settings(), at('21:00', { checkinSaved: true }))).toEqual(['dose-08:00', 'dose-20:00']);
  });

  it('counts logged doses against the dose times in order, whenever they were logged', () => {
    expect(ids(settings(), at('21:00', { dosesLogged: 1 }))).toEqual(['checkin', 'dose-20:00']);
    expect(ids(settings({ checkinTime: '07:00' }), at('21:00', { dosesLogged: 1 }))).toEqual(['checkin', 'dose-20:00']);
    expect(ids(settings(), at('21:00', { dosesLogged: 2 }))).toEqual(['checkin']);
    expect(ids(settings(), at('09:00', { dosesLogged: 1 }))).toEqual([]);
  });

  it('keeps a dismissal for the day it was made only', () => {
    const dismissed = dismissReminder(NO_DISMISSALS, DATE, 'checkin');
    expect(ids(settings(), at('21:00', { dismissals: dismissed }))).toEqual(['dose-08:00', 'dose-20:00']);
    expect(ids(settings(), at('21:00', { date: '2026-11-25', dismissals: dismissed }))).toEqual([
      'dose-08:00',
      'checkin',
      'dose-20:00',
    ]);
  });

  it('shows nothing in the app when in-app reminders are off', () => {
    expect(ids(settings({ inApp: false }), at('23:00'))).toEqual([]);
  });

  it('has no check-in reminder when it is off', () => {
    expect(ids(settings({ checkinTime: null }), at('23:00'))).toEqual(['dose-08:00', 'dose-20:00']);
  });

  test.prop([anySettings, anyDay])('lists reminders earliest first', (s, day) => {
    const times = dueReminders(s, day).map((r) => minutesOfDay(r.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  test.prop([anySettings, anyDay])(
    'never shows a reminder before its time, dismissed today, or already done',
    (s, day) => {
      const todays = new Set(day.dismissals.date === day.date ? day.dismissals.ids : []);
      for (const reminder of dueReminders(s, day)) {
        expect(minutesOfDay(reminder.time)).toBeLessThanOrEqual(day.minutes);
        expect(todays.has(reminder.id)).toBe(false);
        if (reminder.kind === 'checkin') expect(day.checkinSaved).toBe(false);
        else expect(s.doseTimes.indexOf(reminder.time)).toBeGreaterThanOrEqual(day.dosesLogged);
      }
    },
  );

  test.prop([anySettings, anyDay])(
    'without dismissals, shows one dose reminder per passed time not yet covered by a logged dose',
    (s, day) => {
      const fresh = { ...day, dismissals: NO_DISMISSALS };
      const passed = s.doseTimes.filter((t) => minutesOfDay(t) <= day.minutes).length;
      const doses = dueReminders(s, fresh).filter((r) => r.kind === 'dose');
      expect(doses.length).toBe(s.inApp ? Math.max(0, passed - day.dosesLogged) : 0);
    },
  );

  test.prop([anySettings, anyDay, fc.nat({ max: 120 }), fc.nat({ max: 3 })])(
    'only grows as time passes, and only shrinks as doses are logged or reminders dismissed',
    (s, day, later, moreDoses) => {
      const now = new Set(ids(s, day));
      const laterIds = ids(s, { ...day, minutes: Math.min(1439, day.minutes + later) });
      for (const id of now) expect(laterIds).toContain(id);
      for (const id of ids(s, { ...day, dosesLogged: day.dosesLogged + moreDoses })) expect(now.has(id)).toBe(true);
      for (const reminder of dueReminders(s, day)) {
        const after = ids(s, { ...day, dismissals: dismissReminder(day.dismissals, day.date, reminder.id) });
        expect(after).toEqual([...now].filter((id) => id !== reminder.id));
      }
    },
  );
});

describe('dismissReminder', () => {
  it('adds to today’s dismissals once, and starts afresh on a new day', () => {
    const first = dismissReminder(NO_DISMISSALS, DATE, 'checkin');
    expect(first).toEqual({ date: DATE, ids: ['checkin'] });
    expect(dismissReminder(first, DATE, 'checkin')).toEqual(first);
    expect(dismissReminder(first, DATE, 'dose-08:00')).toEqual({ date: DATE, ids: ['checkin', 'dose-08:00'] });
    expect(dismissReminder(first, '2026-11-25', 'dose-08:00')).toEqual({ date: '2026-11-25', ids: ['dose-08:00'] });
  });
});
