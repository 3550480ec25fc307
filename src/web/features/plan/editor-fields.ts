/** The planner form's fields: which input each error belongs to, and what every section of the form receives. */
import type { MedicationView } from '../../../api/plan-schemas.js';
import { customDaysId, customDoseId } from './custom-steps.js';
import type { PlanDraft } from './plan-draft.js';

/** The input each field's error belongs to, so focus can go straight there. */
const FIELD_INPUT_IDS: Readonly<Partial<Record<string, string>>> = {
  medicationId: 'plan-medication',
  form: 'plan-form',
  currentDoseMg: 'plan-dose',
  doseTimes: 'plan-time-1',
  'strategy.percent': 'plan-percent',
  'strategy.intervalDays': 'plan-interval',
  'strategy.stepMg': 'plan-step-mg',
  'strategy.diazepamMgPerMg': 'equivalent-ashton',
  'strategy.diazepamForm': 'diazepam-form-liquid',
  startDate: 'plan-start',
  endpointMg: 'plan-maintain',
  floorMg: 'plan-floor',
  mixVolumeMl: 'plan-mix',
  strengthsMg: 'plan-strengths',
  syringeMl: 'plan-syringe',
};

/** Fields inside "More options": an error there opens it. */
export const MORE_OPTION_FIELDS: ReadonlySet<string> = new Set(['floorMg', 'mixVolumeMl', 'strengthsMg']);

/** The id of the input a field's error belongs to; undefined when the field has no input here. */
export function inputIdFor(field: string, draft: PlanDraft): string | undefined {
  const row = /^strategy\.steps\.(\d+)\.(doseMg|days)$/.exec(field);
  if (row) return row[2] === 'days' ? customDaysId(Number(row[1])) : customDoseId(Number(row[1]));
  if (field === 'strategy.steps') return customDoseId(Math.max(0, draft.customSteps.length - 1));
  return FIELD_INPUT_IDS[field];
}

/** Errors by field: the form's own fields by name, and dotted paths such as `strategy.steps.1.days`. */
export type FieldErrors = Readonly<Record<string, string | undefined>>;

/** What each section of the form is given: the draft, its medicine, the errors, and one way to change it. */
export interface SectionProps {
  readonly draft: PlanDraft;
  readonly medication: MedicationView | undefined;
  readonly errors: FieldErrors;
  readonly update: (change: Partial<PlanDraft>) => void;
}
