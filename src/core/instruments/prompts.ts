/**
 * When to ask for a questionnaire: weekly, and around each planned cut (the day before, and 3, 7 and 14
 * days after, when withdrawal symptoms of a long-acting drug start, peak and settle; clinical.md §6.2).
 * The weekly one counts from the last questionnaire or, before the first, from the plan's start or the account's
 * first day, whichever is later; a cut from before the account existed asks nothing after it. So someone who has
 * just signed up, or has no plan yet, has nothing due, even with a plan that began weeks ago (issue #10: a new
 * account was told one was due at once).
 */
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import type { Plan } from '../plan/plan-types.js';

export const DAYS_AFTER_CUT = [3, 7, 14] as const;
export const WEEKLY_DAYS = 7;

export type AssessmentPrompt =
  | { readonly reason: 'before-cut'; readonly cutDate: CalendarDate }
  | { readonly reason: 'after-cut'; readonly cutDate: CalendarDate; readonly daysAfter: number }
  | { readonly reason: 'weekly'; readonly lastDate: CalendarDate | null };

/** What the person has done: the days they answered a questionnaire, and the day their account began. */
export interface AssessmentHistory {
  readonly answeredDates: readonly CalendarDate[];
  /** The account's first day; omitted, the account counts as older than anything in the plan. */
  readonly accountSince?: CalendarDate;
}

/** The prompt due today, or null when one was answered today or nothing is due. */
export function assessmentPrompt(
  plan: Plan | undefined,
  { answeredDates, accountSince }: AssessmentHistory,
  today: CalendarDate,
): AssessmentPrompt | null {
  if (answeredDates.includes(today)) return null;
  const cuts = (plan?.steps ?? []).filter((s) => s.kind === 'reduce' || s.kind === 'stop').map((s) => s.start);
  const next = cuts.find((cut) => addDays(cut, -1) === today);
  if (next) return { reason: 'before-cut', cutDate: next };
  for (const cut of cuts) {
    if (accountSince !== undefined && cut < accountSince) continue;
    const after = daysBetween(cut, today);
    if ((DAYS_AFTER_CUT as readonly number[]).includes(after))
      return { reason: 'after-cut', cutDate: cut, daysAfter: after };
  }
  const last =
    [...answeredDates]
      .filter((d) => d <= today)
      .sort()
      .at(-1) ?? null;
  const start = plan?.steps[0]?.start;
  const since =
    last ?? (start !== undefined && accountSince !== undefined && accountSince > start ? accountSince : start);
  if (since === undefined) return null;
  return daysBetween(since, today) >= WEEKLY_DAYS ? { reason: 'weekly', lastDate: last } : null;
}
