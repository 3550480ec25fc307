/**
 * The planner's refusal codes as sentences. Apart from the plan's other words because every screen's error
 * description (describe-failure.ts) needs them, and the check-in screen must not load the Plan screen's words.
 */
import type { PlanErrorCode } from '../../../core/index.js';

/** Why the planner refused a plan, in plain words (shown where the preview would be, and at the field). */
export const REFUSAL_WORDS: Readonly<Record<PlanErrorCode, string>> = {
  abrupt_stop:
    'This plan would stop your medicine from more than a small dose (more than the equivalent of 1 mg of diazepam). Stopping suddenly can cause serious withdrawal, including seizures. Please add gradual steps down first.',
  too_fast:
    'Some of these steps cut more than a quarter of the dose at once, faster than guidelines advise. Please make those cuts smaller. If you and your prescriber chose a faster pace, you can say so under “How fast?” (even then, no more than half at once).',
  pace_unreachable:
    'This form cannot measure steps small enough for a safe pace. A liquid, or switching to diazepam, would allow smaller steps. Your prescriber or pharmacist can help.',
  equivalence_out_of_range:
    'That amount of diazepam is outside the published figures. Please choose one of the published figures, or an amount between them.',
  floor_too_high:
    'That floor is higher than the largest dose a plan may stop from (the equivalent of 1 mg of diazepam). Please choose a lower floor.',
  unmeasurable_dose:
    'One of your steps is an amount that cannot be measured with this medicine. Please choose an amount it can make.',
  unknown_medication: 'That medicine is not in our list yet.',
  form_unavailable:
    'That medicine does not come in that form with the strengths chosen. Please pick another form or strength.',
  plan_too_long:
    'This plan would be too long: more than ten years, or more steps than one plan can hold. Please choose larger or less frequent cuts, fewer dose times, a higher final dose, or a higher floor.',
  invalid_plan: 'Some of the plan settings do not fit together. Please check the highlighted field.',
};
