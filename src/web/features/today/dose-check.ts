/**
 * When a typed dose is unusual enough to ask "Save anyway?" before it is kept. A typo (250 for 0.25, a dot
 * missed) is the common cause, and a wrong dose in the log misleads the person and their prescriber later.
 */

/**
 * Far means more than twice, or less than half, the dose planned for that day. No source sets such a line; it
 * is chosen because a planned step never changes by half in one go (cuts are at most 25 % per two weeks, see
 * core/plan/pace.ts), so a dose that far off is more likely a slip than a real intake, and asking costs one tap.
 * Without a planned dose nothing is far: there is nothing to compare with.
 */
export function isFarFromPlanned(mg: number, plannedMg: number | undefined): boolean {
  if (plannedMg === undefined || plannedMg <= 0) return false;
  return mg > plannedMg * 2 || mg < plannedMg / 2;
}
