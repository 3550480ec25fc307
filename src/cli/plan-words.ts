/**
 * The CLI's own English for the planner's warning codes (the core answers with codes only): each with the source a
 * person can look up. The web app has its own words in src/web/features/plan/messages.ts.
 */
import type { WarningCode } from '../core/index.js';

export interface RuleText {
  readonly message: string;
  readonly source: string;
}

export const WARNING_WORDS: Readonly<Record<WarningCode, RuleText>> = {
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
