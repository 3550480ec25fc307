/**
 * Dates and numbers in the active language, through Intl: "Monday 30 November" / "Montag, 30. November",
 * "0.375 mg" / "0,375 mg". Screens never build a formatter themselves; they get these from useI18n().
 */
import type { CalendarDate } from '../../core/index.js';
import type { Locale } from './locales.js';

/** Intl's language tag for each locale: en-GB keeps the day-month order and 24-hour clock the app had. */
const TAGS: Readonly<Record<Locale, string>> = { en: 'en-GB', de: 'de-DE' };

export interface Formats {
  /** "Monday 30 November" */
  readonly weekday: (date: CalendarDate) => string;
  /** "Monday 30 November 2026" */
  readonly long: (date: CalendarDate) => string;
  /** "30 Nov 2026" */
  readonly short: (date: CalendarDate) => string;
  /** "Nov 2026" */
  readonly monthYear: (date: CalendarDate) => string;
  /** The local clock time of an instant: "21:15" */
  readonly time: (at: string) => string;
  /** The local day of an instant: "30 Nov 2026" */
  readonly dayOf: (at: string) => string;
  /** The local day and time of an instant: "Mon 30 Nov 2026, 21:15" */
  readonly dateTime: (at: string) => string;
  /** Up to three decimals: "0.375" / "0,375" */
  readonly number: (value: number) => string;
  /** "0.375 mg" / "0,375 mg" */
  readonly mg: (value: number) => string;
  /** A volume to two decimals, as syringes are marked: "0.6 mL" / "0,6 mL" */
  readonly ml: (value: number) => string;
  /** Three significant figures, so that a small amount never reads as 0: "0.00125" / "0,00125" */
  readonly significant: (value: number) => string;
  /** "Alprazolam, clonazepam and diazepam" / "… und …" */
  readonly list: (parts: readonly string[]) => string;
  /** A medicine's name inside a sentence: "of diazepam" in English; German keeps the capital of a noun. */
  readonly inText: (name: string) => string;
}

// A calendar date has no time zone: it is formatted as noon UTC in UTC, so it never slips to the day before.
const calendar = (date: CalendarDate): Date => new Date(`${date}T12:00:00Z`);

export function createFormats(locale: Locale): Formats {
  const tag = TAGS[locale];
  const day = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    return (date: CalendarDate) => format.format(calendar(date));
  };
  const instant = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(tag, options);
    return (at: string) => format.format(new Date(at));
  };
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 3 });
  const volume = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const significant = new Intl.NumberFormat(tag, { maximumSignificantDigits: 3 });
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  return {
    weekday: day({ weekday: 'long', day: 'numeric', month: 'long' }),
    long: day({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    short: day({ day: 'numeric', month: 'short', year: 'numeric' }),
    monthYear: day({ month: 'short', year: 'numeric' }),
    time: instant({ hour: '2-digit', minute: '2-digit' }),
    dayOf: instant({ day: 'numeric', month: 'short', year: 'numeric' }),
    dateTime: instant({
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
    number: (value) => number.format(value),
    mg: (value) => `${number.format(value)}\u00a0mg`,
    ml: (value) => `${volume.format(value)}\u00a0mL`,
    significant: (value) => significant.format(value),
    list: (parts) => list.format(parts),
    inText: (name) => (locale === 'de' ? name : name.toLowerCase()),
  };
}

/** The region a browser language implies ('GB' for en-GB, 'DE' for de), if any: whose phone numbers come first. */
export function regionOf(language: string): string | undefined {
  try {
    return new Intl.Locale(language).maximize().region;
  } catch {
    return undefined;
  }
}
