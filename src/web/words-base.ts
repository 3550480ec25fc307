/** Words and formats shared by the English catalogue in messages.ts (the plan's words are in its own catalogue). */
import type { PlanView } from '../api/plan-schemas.js';
import type { CalendarDate, IntakeForm, Severity } from '../core/index.js';

export type StepKind = PlanView['steps'][number]['kind'];

export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { 0: 'None', 1: 'Mild', 2: 'Moderate', 3: 'Severe' };

export const GROUP_NAMES: Readonly<Record<string, string>> = {
  sensory: 'Senses',
  motor: 'Muscles and movement',
  sleep: 'Sleep',
  mood: 'Mood',
  cognitive: 'Thinking and memory',
  autonomic: 'Body (heart, sweating, breathing)',
  gastrointestinal: 'Stomach and gut',
  perceptual: 'Perception',
};

export const TAG_WORDS: Readonly<Record<string, string>> = {
  stress: 'Stress',
  illness: 'Illness',
  caffeine: 'Caffeine',
  alcohol: 'Alcohol',
  exercise: 'Exercise',
  'breathing-practice': 'Breathing practice',
  'missed-dose': 'Missed a dose',
};

export type AdherenceStatus = 'as-planned' | 'less' | 'much-less' | 'more' | 'missed' | 'not-recorded' | 'no-plan';

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

export const WEEKDAY_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
export const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

export function toLocalDate(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export const FORM_WORDS: Readonly<Record<IntakeForm, string>> = {
  tablet: 'Tablet',
  liquid: 'Liquid',
  'water-mixture': 'Water mixture',
  drops: 'Drops',
};

/** 'HH:MM' from minutes after midnight. */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A plain length of time: "40 min", "2 h", "2 h 15 min". */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
