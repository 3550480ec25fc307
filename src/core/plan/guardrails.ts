/**
 * The safety rules every plan is checked against, shared by the API, the web app and the CLI. Thresholds come from
 * shared/reference/clinical.md. The core answers with codes only: the words and sources of each warning and refusal
 * live in the catalogues of those who show them (src/web/features/plan/messages.ts, src/cli/plan-words.ts,
 * src/api/error-messages.ts).
 */
/** Shortest interval between cuts before it is flagged (JCPG: every 2-4 weeks; NICE CKS: 1-2 weeks). */
export const MIN_INTERVAL_DAYS = 7;
/** A fixed-mg cut larger than this share of the current dose is flagged (clinical.md §7, BenzoBuddies trap). */
export const MAX_LINEAR_CUT_SHARE = 0.1;
/**
 * No plan has more amounts to measure than this: steps × dose-times (issue #9). It bounds the work of every plan
 * (each amount is measured, realised, checked, sent and rendered), so the costliest valid request stays cheap. 1200 is
 * the largest custom plan the API takes (200 steps at 6 dose-times); it allows a daily micro-taper of over three years
 * at one dose-time, and 200 steps at six. A longer request is refused (`plan_too_long` on `strategy`).
 */
export const MAX_STEP_DOSE_TIMES = 1200;
/** The most steps a custom plan may have (the API's limit, which the web form checks first). */
export const MAX_CUSTOM_STEPS = 200;
/**
 * Holds one plan keeps (issue #9): every read recomputes the plan with all of them, so their number bounds that work.
 * A hold a fortnight for four years is about 100; a new plan (which starts from the dose of the day) starts afresh.
 */
export const MAX_HOLDS_PER_PLAN = 100;
