/**
 * English words and en-GB formats the plan's words still use (plan/plan-words.ts, messages.planShared) until the
 * plan moves to its catalogue; every other feature formats through useI18n()'s f. `clock` is language-neutral.
 */
import type { PlanView } from '../api/plan-schemas.js';
import type { CalendarDate, PlanSourceId } from '../core/index.js';

export type StepKind = PlanView['steps'][number]['kind'];

export const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
export const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
export const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
export const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' });

/** Readable names for the source ids the API sends with a medication (docs/SOURCES.md has the full references). */
export const PLAN_SOURCE_NAMES: Readonly<Record<PlanSourceId, string>> = {
  'ashton-equivalence-2007': 'Ashton equivalence table (revised April 2007)',
  'va-dod-2021': 'VA/DoD guideline (2021)',
  'jcpg-2025': 'Joint Clinical Practice Guideline (2025)',
  'nhs-scotland': 'NHS Scotland switching table',
  'bluelight-chart': 'Bluelight conversion chart',
  openfda: 'openFDA drug labels',
  'roche-rivotril': 'Roche Rivotril leaflet',
  'nice-cks': 'NICE CKS',
  'va-handout': 'VA patient handout',
};
export const SOURCE_NAMES: Readonly<Record<string, string | undefined>> = PLAN_SOURCE_NAMES;
export const sourceList = (ids: readonly string[]): string => ids.map((id) => SOURCE_NAMES[id] ?? id).join('; ');

/** How sure a published figure is, in plain words, with where it comes from. */
export function evidenceText(status: string, ids: readonly string[]): string {
  if (status === 'confirmed' && ids.length > 0) return `Source: ${sourceList(ids)}.`;
  if (status === 'secondary' && ids.length > 0)
    return `From a secondary table, not yet checked against the original: ${sourceList(ids)}.`;
  return 'Not yet checked against a published source. Please check it with your pharmacist.';
}

/** The equivalence tables by the name and date a person can look up. */
export const FACT_TABLE_NAMES: Readonly<Record<string, string | undefined>> = {
  ashton: 'Ashton (2007 table)',
  'va-dod': 'VA/DoD (2021)',
};

export const TABLE_NAMES: Readonly<Record<string, string>> = { ashton: 'Ashton Manual', 'va-dod': 'VA/DoD 2021' };

export const FORM_NAMES: Readonly<Record<string, string>> = {
  tablet: 'Tablets',
  odt: 'Tablets that melt in the mouth (ODT)',
  capsule: 'Capsules',
  liquid: 'Liquid (from the pharmacy)',
  drops: 'Drops',
};

export const TIME_NAMES: Readonly<Record<string, string>> = {
  morning: 'Morning',
  midday: 'Midday',
  night: 'Night',
  daily: 'Daily',
};

export const STEP_KIND_NAMES: Readonly<Record<StepKind, string>> = {
  substitute: 'switch',
  reduce: 'cut',
  stop: 'stop',
  maintain: 'stay',
};

export const mgText = (mg: number): string => `${NUMBER.format(mg)} mg`;

export function listText(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

export function toLocalDate(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** 'HH:MM' from minutes after midnight. */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
