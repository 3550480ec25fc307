/** English formats the few remaining English-only words use; every feature formats through useI18n()'s f. */
import type { PlanView } from '../api/plan-schemas.js';
import type { CalendarDate } from '../core/index.js';

export type StepKind = PlanView['steps'][number]['kind'];

export const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
export const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
export const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

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
