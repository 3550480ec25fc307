/**
 * Early or late, against the person's own dose times. The n-th dose of the day is compared with the n-th dose
 * time (the same rule the reminders use), so a dose taken a little off its time still counts as that dose.
 * This is shown to help the person see a pattern, never as a judgement: no source sets a window, so "on time"
 * is a generous hour either side, for display only.
 */

/** Minutes either side of a dose time that still read as "on time". */
export const ON_TIME_WINDOW_MINUTES = 60;

export interface IntakeTiming {
  readonly kind: 'on-time' | 'early' | 'late';
  /** The dose time compared with, in minutes after midnight. */
  readonly doseTime: number;
  /** Minutes after (positive) or before (negative) the dose time. */
  readonly offset: number;
}

/**
 * For each intake (minutes after local midnight, in the order given), its timing, or null when it has no
 * dose time to compare with (no times set, or more doses than times: an extra dose, which adherence shows).
 */
export function intakeTimings(takenAt: readonly number[], doseTimes: readonly number[]): (IntakeTiming | null)[] {
  const times = [...doseTimes].sort((a, b) => a - b);
  const order = takenAt
    .map((minute, index) => ({ minute, index }))
    .sort((a, b) => a.minute - b.minute || a.index - b.index);
  const result: (IntakeTiming | null)[] = takenAt.map(() => null);
  order.forEach(({ minute, index }, nth) => {
    const doseTime = times[nth];
    if (doseTime === undefined) return;
    const offset = minute - doseTime;
    const kind = Math.abs(offset) <= ON_TIME_WINDOW_MINUTES ? 'on-time' : offset < 0 ? 'early' : 'late';
    result[index] = { kind, doseTime, offset };
  });
  return result;
}
