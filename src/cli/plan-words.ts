/**
 * The CLI's own terse English for the planner's warning codes (the core answers with codes only), each with a short
 * citation a person can look up (docs/SOURCES.md has the full references). The web app words the same codes for a
 * person on a screen, at more length, in src/web/features/plan/messages.ts; the two are written separately.
 */
import type { WarningCode } from '../core/index.js';

export interface RuleText {
  readonly message: string;
  readonly source: string;
}

export const WARNING_WORDS: Readonly<Record<WarningCode, RuleText>> = {
  too_fast: {
    message: 'Cuts exceed 25% of the dose within 14 days (guideline limit); kept because you chose a faster pace.',
    source: 'JCPG 2025, rec. 6',
  },
  faster_pace_chosen: {
    message: 'Faster than the 25%-in-14-days guideline, as you chose with your prescriber; never over 50% in 14 days.',
    source: 'JCPG 2025, rec. 6 and patient guide',
  },
  short_interval: {
    message: 'Cuts less than 7 days apart; withdrawal can take up to a week to show.',
    source: 'JCPG 2025 patient guide; NICE CKS',
  },
  percent_creep: {
    message: 'Fixed-mg cuts exceed 10% of the falling dose at some steps; a proportional plan avoids this.',
    source: 'Maudsley Deprescribing Guidelines 2024 (10% is this tool’s conservative threshold)',
  },
  increase: {
    message: 'The dose rises at some step; agree any return to an earlier dose with your prescriber.',
    source: 'JCPG 2025 patient guide',
  },
  equivalence_lower_table: {
    message: 'Diazepam amount below the highest published equivalent: the switch is itself a cut. Agree it first.',
    source: 'Ashton 2007; VA/DoD 2021 (JCPG 2025 Table 7)',
  },
  specialist_first: {
    message: 'Also an anti-seizure medicine: for epilepsy, a specialist must plan any reduction.',
    source: 'NHS Scotland, switching to diazepam',
  },
  imprecise_measure: {
    message: 'Some measurable amounts are over 2% off the planned dose; use more water or a finer syringe.',
    source: 'this tool’s own measuring rule (not published)',
  },
  home_mixture: {
    message: 'Home mixture is a suspension: shake before each measure, make daily, same liquid; ask your pharmacist.',
    source: 'peer-support practice (BenzoBuddies); cautions are conservative, not official',
  },
  unconfirmed_strengths: {
    message: 'Tablet strengths not checked against a label; use those printed on your pack.',
    source: 'not in the labels checked (openFDA, Roche)',
  },
  final_step: {
    message: 'Final stop from at most 1 mg diazepam-equivalent; holding longer before it is fine.',
    source: 'Ashton diazepam rate table (NICE CKS); JCPG 2025 patient guide',
  },
};
