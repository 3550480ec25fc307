/**
 * Reminder settings and today's dismissals, kept on this device per account (localStorage). What was stored is
 * checked again by the core on the way back in, since anything may have been written there.
 */
import {
  DEFAULT_REMINDER_SETTINGS,
  NO_DISMISSALS,
  prepareReminderSettings,
  type ReminderDismissals,
  type ReminderSettings,
} from '../../../core/index.js';
import { readJson, writeJson } from '../../local-storage.js';

/** Fired on window when the settings change, so the in-app banner re-checks at once. */
export const REMINDERS_CHANGED = 'taper:reminders-changed';

const settingsKey = (accountId: string) => `reminders.${accountId}.settings`;
const dismissalsKey = (accountId: string) => `reminders.${accountId}.dismissed`;

export function loadReminderSettings(accountId: string): ReminderSettings {
  const raw = readJson(settingsKey(accountId));
  if (typeof raw !== 'object' || raw === null) return DEFAULT_REMINDER_SETTINGS;
  const { checkinTime, doseTimes, inApp } = raw as Record<string, unknown>;
  if (!(checkinTime === null || typeof checkinTime === 'string')) return DEFAULT_REMINDER_SETTINGS;
  if (!Array.isArray(doseTimes) || !doseTimes.every((t): t is string => typeof t === 'string'))
    return DEFAULT_REMINDER_SETTINGS;
  if (typeof inApp !== 'boolean') return DEFAULT_REMINDER_SETTINGS;
  const checked = prepareReminderSettings({ checkinTime, doseTimes, inApp });
  return checked.ok ? checked.value : DEFAULT_REMINDER_SETTINGS;
}

export function saveReminderSettings(accountId: string, settings: ReminderSettings): void {
  writeJson(settingsKey(accountId), settings);
  window.dispatchEvent(new Event(REMINDERS_CHANGED));
}

export function loadDismissals(accountId: string): ReminderDismissals {
  const raw = readJson(dismissalsKey(accountId));
  if (typeof raw !== 'object' || raw === null) return NO_DISMISSALS;
  const { date, ids } = raw as Record<string, unknown>;
  if (typeof date !== 'string' || !Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string'))
    return NO_DISMISSALS;
  return { date, ids };
}

export function saveDismissals(accountId: string, dismissals: ReminderDismissals): void {
  writeJson(dismissalsKey(accountId), dismissals);
}
