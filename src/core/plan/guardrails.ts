/**
 * The safety rules every plan is checked against, with their words and sources, shared by the API,
 * the web app and the CLI. Thresholds come from shared/reference/clinical.md.
 */
import type { PlanErrorCode, WarningCode } from './plan-types.js';

export interface RuleText {
  readonly message: string;
  readonly source: string;
}

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
/**
 * Holds one plan keeps (issue #9): every read recomputes the plan with all of them, so their number bounds that work.
 * A hold a fortnight for four years is about 100; a new plan (which starts from the dose of the day) starts afresh.
 */
export const MAX_HOLDS_PER_PLAN = 100;

export const WARNINGS: Readonly<Record<WarningCode, RuleText>> = {
  too_fast: {
    message:
      'Some cuts add up to more than 25% of the dose within two weeks, faster than guidelines advise. You said you and your prescriber chose this pace.',
    source: 'Joint Clinical Practice Guideline on benzodiazepine tapering (JCPG 2025), recommendation 6',
  },
  faster_pace_chosen: {
    message:
      'You said you and your prescriber chose a faster pace than the guideline of no more than 25% of the dose in two weeks. Even so, the app never plans more than half the dose in two weeks. Slowing down or pausing is always possible.',
    source: 'JCPG 2025, recommendation 6, and its patient guide',
  },
  short_interval: {
    message: 'Some cuts come less than 7 days apart. Withdrawal symptoms can take up to a week to show after a cut.',
    source: 'JCPG 2025 patient guide; NICE Clinical Knowledge Summary on benzodiazepine withdrawal',
  },
  percent_creep: {
    message:
      'A fixed cut grows as a share of a falling dose. Some cuts in this plan are more than 10% of the dose at that point. A proportional plan keeps each cut the same share.',
    source:
      'Maudsley Deprescribing Guidelines (2024) on proportional tapering; the 10% threshold is this app’s conservative choice',
  },
  increase: {
    message:
      'This plan raises the dose at some step. A temporary return to a previous dose is something to agree with your prescriber.',
    source: 'JCPG 2025 patient guide',
  },
  equivalence_lower_table: {
    message:
      'The diazepam amount chosen for the switch is lower than the highest published equivalent. By that table, the switch itself is a reduction. Agree the switch with your prescriber.',
    source: 'Ashton equivalence table (2007) and VA/DoD 2021, as tabulated in JCPG 2025 Table 7',
  },
  specialist_first: {
    message:
      'This medicine is also used to prevent seizures. If you take it for epilepsy, a specialist must plan any reduction with you before you start.',
    source: 'NHS Scotland, Benzodiazepines and z-drugs: switching to diazepam (table note)',
  },
  imprecise_measure: {
    message:
      'For some steps the amount you can measure is more than 2% away from the planned dose. A larger mixing volume or a finer syringe helps.',
    source: 'This app’s measuring rule (a conservative design choice, not a published one)',
  },
  home_mixture: {
    message:
      'A tablet stirred into water is a suspension, not a solution: shake or stir well right before every measure, make it fresh each day, and use the same liquid each time. It is not a pharmaceutical product; check the method with your pharmacist.',
    source:
      'Peer-support descriptions of liquid titration (BenzoBuddies); the cautions are conservative advice, not from an official source',
  },
  unconfirmed_strengths: {
    message:
      'The tablet strengths listed for this medicine are not yet checked against a label. Use the strengths printed on your own pack.',
    source: 'Not found in the labels this app checked (openFDA, Roche)',
  },
  final_step: {
    message:
      'The last step stops from a small dose: no more than the equivalent of 1 mg of diazepam, the last step of the diazepam rate table. Symptoms can increase near the end of a taper; it is fine to hold longer before this step.',
    source: 'Ashton’s diazepam rate table as quoted from NICE CKS; JCPG 2025 patient guide',
  },
};

export const REFUSALS: Readonly<Record<PlanErrorCode, string>> = {
  abrupt_stop:
    'This plan stops the medicine from more than a small dose (the equivalent of 1 mg of diazepam). Stopping suddenly can cause serious withdrawal, including seizures. Plan gradual steps down first. (JCPG 2025, recommendation 2; rate table via NICE CKS)',
  too_fast:
    'Some of these steps cut more than 25% of the dose at once, faster than guidelines advise (or more than half, at a faster pace chosen with a prescriber). Make those cuts smaller. (JCPG 2025, recommendation 6)',
  pace_unreachable:
    'This form cannot measure steps small enough to keep a safe pace. A liquid, or switching to diazepam, would allow smaller steps; ask your prescriber or pharmacist.',
  equivalence_out_of_range:
    'That amount of diazepam is outside the published equivalents (Ashton 2007 and VA/DoD 2021). Choose one of the published figures, or an amount between them.',
  floor_too_high:
    'The floor is higher than the largest dose a plan may stop from (the equivalent of 1 mg of diazepam). Choose a lower floor.',
  unmeasurable_dose:
    'One of the steps is an amount that cannot be measured with this medicine. Choose an amount the form can make.',
  unknown_medication: 'That medication is not in the list.',
  form_unavailable: 'That medication is not available in that form with the strengths given.',
  plan_too_long: `This plan would run longer than ten years, or have more than ${String(MAX_STEP_DOSE_TIMES)} amounts to measure (steps × dose times). Raise the final dose or the floor, choose larger or less frequent cuts, or fewer dose times.`,
  invalid_plan: 'The plan settings do not fit together.',
};
