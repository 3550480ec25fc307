/**
 * The dose a prescriber gave, as a plan that keeps it: one custom step that is also the end point, so the planner
 * makes a single open-ended "maintain" step from today and never a cut. Checked as the Plan screen's form checks
 * a dose (draftToInput); pure, today comes in.
 */
import type { MedicationView, PlanInputBody } from '../../../api/plan-schemas.js';
import { MEDICATIONS, planningFacts, type CalendarDate, type Result } from '../../../core/index.js';
import { draftToInput, type DraftProblem } from '../plan/draft-to-input.js';
import { emptyDraft, type FormChoice } from '../plan/plan-draft.js';

export interface HeldDoseDraft {
  /** '' until the person chooses. */
  readonly medicationId: string;
  readonly form: FormChoice;
  readonly dose: string;
}

export const EMPTY_HELD_DOSE: HeldDoseDraft = { medicationId: '', form: 'tablet', dose: '' };

/**
 * The medicines the planner knows, from the core's registry (so this step needs no connection), in the shape the
 * plan form reads: what GET /medications sends.
 */
export const medicineViews = (): readonly MedicationView[] => MEDICATIONS.map(planningFacts);

/** The plan request that holds the dose from today, or the field to fix (`medicationId`, `currentDoseMg`). */
export function heldDosePlan(
  draft: HeldDoseDraft,
  medication: MedicationView | undefined,
  today: CalendarDate,
): Result<PlanInputBody, DraftProblem> {
  const checked = draftToInput(
    {
      ...emptyDraft(today, draft.medicationId),
      form: draft.form,
      dose: draft.dose,
      timesPerDay: 1,
      strategy: 'custom',
      customSteps: [{ doseMg: draft.dose, days: '1' }],
      startDate: today,
    },
    medication,
  );
  if (!checked.ok) return checked;
  // The prescriber's dose is the day's total: no time of day is invented for it either.
  return { ok: true, value: { ...checked.value, doseTimes: [{ label: 'daily', share: 1 }] } };
}
