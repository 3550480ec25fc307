/**
 * Read-only share links of the doctor report (issue #12 §2): their bounds, and whether one still opens. Only a hash
 * of a link's token is kept; the server makes the token and the hash (core has no randomness).
 */

/** How long a link lasts, in days: at least a day, at most about a quarter; a fortnight unless the person chooses. */
export const SHARE_EXPIRY_DAYS = { min: 1, max: 90, default: 14 } as const;
/** The choices the screen offers (the API takes any whole number of days within SHARE_EXPIRY_DAYS). */
export const SHARE_EXPIRY_CHOICES = [1, 7, 14, 30, 90] as const;
/** Links that still open, per account: enough for a few clinicians, few enough to keep an eye on. */
export const MAX_LIVE_SHARES = 10;
/** How many links the list shows (newest first), and how many of each link's uses. */
export const MAX_SHARES_LISTED = 50;
export const MAX_SHARE_USES_LISTED = 20;
/** Uses kept per link (the newest); the count goes on counting them all. */
export const MAX_SHARE_USES_KEPT = 200;
export const SHARE_LABEL_MAX = 60;
/** The days a link shows: the report's default period, ending on the day it is opened. */
export const SHARE_REPORT_DAYS = 90;

export const SHARE_USE_KINDS = ['page', 'pdf'] as const;
export type ShareUseKind = (typeof SHARE_USE_KINDS)[number];

export type ShareStatus = 'active' | 'expired' | 'revoked';

/** `now`, `expiresAt` and `revokedAt` are ISO 8601 instants in UTC (they compare as text). */
export function shareStatus(share: { readonly expiresAt: string; readonly revokedAt: string | null }, now: string) {
  if (share.revokedAt !== null) return 'revoked' satisfies ShareStatus;
  return now < share.expiresAt ? ('active' satisfies ShareStatus) : ('expired' satisfies ShareStatus);
}
