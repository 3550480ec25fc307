/**
 * Limits of a check-in and its tags, in their own module so the web app can read them without pulling in the symptom
 * catalogue.
 */
export const MAX_NOTE_LENGTH = 2000;
/** Sleep is entered in quarter hours: fine enough to be honest, coarse enough for big +/- buttons. */
export const SLEEP_STEP_HOURS = 0.25;
/** A day has 24 hours of sleep at most. */
export const MAX_SLEEP_HOURS = 24;

/** Things the seed and users ask to track beside symptoms, to see what goes with a good or bad day. */
export const CHECKIN_TAGS = [
  'stress',
  'illness',
  'caffeine',
  'alcohol',
  'exercise',
  'breathing-practice',
  'missed-dose',
  // The day's note goes into the doctor report (core/report): the smallest way to mark a note for the doctor.
  'for-doctor',
] as const;
export type CheckinTag = (typeof CHECKIN_TAGS)[number];

export function isCheckinTag(value: unknown): value is CheckinTag {
  return typeof value === 'string' && (CHECKIN_TAGS as readonly string[]).includes(value);
}
