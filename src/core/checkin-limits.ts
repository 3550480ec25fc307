/** Limits of a check-in, in their own module so the web app can read them without pulling in the symptom catalogue. */
export const MAX_NOTE_LENGTH = 2000;
/** Sleep is entered in quarter hours: fine enough to be honest, coarse enough for big +/- buttons. */
export const SLEEP_STEP_HOURS = 0.25;
