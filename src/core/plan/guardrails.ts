/**
 * The safety rules every plan is checked against, with their words and sources, shared by the API,
 * the web app and the CLI. Thresholds come from shared/reference/clinical.md.
 */
import type { PlanErrorCode, WarningCode } from './plan-types.js';

export interface RuleText {
  readonly message: string;
  readonly source: string;
}

/** JCPG 2025 recommendation 6: usually no more than 25 % in 2 weeks (clinical.md §2.1). */
export const MAX_CUT_PER_14_DAYS = 0.25;
/** Shortest interval between cuts before it is flagged (JCPG: every 2-4 weeks; NICE CKS: 1-2 weeks). */
export const MIN_INTERVAL_DAYS = 7;
/** A fixed-mg cut larger than this share of the current dose is flagged (clinical.md §7, BenzoBuddies trap). */
export const MAX_LINEAR_CUT_SHARE = 0.1;

export const WARNINGS: Readonly<Record<WarningCode, RuleText>> = {
  too_fast: {
    message:
      'Some cuts add up to more than 25% of the dose within two weeks. Guidelines advise going no faster than this. Consider smaller cuts, longer gaps, or a liquid so the steps can be smaller.',
    source: 'JCPG 2025, recommendation 6 (clinical.md §2.1)',
  },
  short_interval: {
    message: 'Some cuts come less than 7 days apart. Withdrawal symptoms can take up to a week to show after a cut.',
    source: 'JCPG 2025 patient guide; NICE CKS (clinical.md §2.2, §1.3)',
  },
  percent_creep: {
    message:
      'A fixed cut grows as a share of a falling dose. Some cuts in this plan are more than 10% of the dose at that point. A proportional plan keeps each cut the same share.',
    source: 'clinical.md §3.2 and §7 (proportional tapering)',
  },
  increase: {
    message: 'This plan raises the dose at some step. A temporary return to a previous dose is something to agree with your prescriber.',
    source: 'JCPG 2025 patient guide (clinical.md §2.2)',
  },
  equivalence_out_of_range: {
    message:
      'The diazepam amount chosen for the switch is outside the published equivalents (Ashton and VA/DoD). Check the switch with your prescriber.',
    source: 'Ashton Manual equivalence table; VA/DoD 2021 via JCPG Table 7 (clinical.md §1.1)',
  },
  specialist_first: {
    message:
      'This medicine is also used to prevent seizures. If you take it for epilepsy, a specialist must plan any reduction with you before you start.',
    source: 'NHS Scotland switching table note (clinical.md §2.4)',
  },
  imprecise_measure: {
    message: 'For some steps the amount you can measure is more than 2% away from the planned dose. A larger mixing volume or a finer syringe helps.',
    source: 'Taper Companion measuring rule (conservative design choice, clinical.md §4.2)',
  },
  home_mixture: {
    message:
      'A tablet stirred into water is a suspension, not a solution: shake or stir well right before every measure, make it fresh each day, and use the same liquid each time. It is not a pharmaceutical product; check the method with your pharmacist.',
    source: 'clinical.md §4.1-4.2 (peer-support method; cautions)',
  },
  unconfirmed_strengths: {
    message: 'The tablet strengths listed for this medicine are not yet checked against a label. Use the strengths printed on your own pack.',
    source: 'clinical.md (strengths not in the verified sources)',
  },
  final_step: {
    message: 'The last step stops a small dose. Symptoms can increase near the end of a taper; it is fine to hold longer before this step.',
    source: 'JCPG 2025 patient guide (clinical.md §2.2)',
  },
};

export const REFUSALS: Readonly<Record<PlanErrorCode, string>> = {
  abrupt_stop:
    'This plan stops the medicine at once. After taking a benzodiazepine daily for more than four weeks, stopping suddenly can cause serious withdrawal, including seizures. Plan gradual steps with your prescriber. (JCPG 2025, recommendation 2)',
  unknown_medication: 'That medication is not in the list.',
  form_unavailable: 'That medication is not available in that form with the strengths given.',
  plan_too_long: 'This plan would run longer than ten years. Raise the final dose or the floor, or choose larger cuts.',
  invalid_plan: 'The plan settings do not fit together.',
};
