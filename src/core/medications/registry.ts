import { alprazolam } from './alprazolam.js';
import { chlordiazepoxide } from './chlordiazepoxide.js';
import { clonazepam } from './clonazepam.js';
import { diazepam } from './diazepam.js';
import { lorazepam } from './lorazepam.js';
import type { DosageForm, FormKind, Medication } from './medication.js';
import { nitrazepam } from './nitrazepam.js';
import { oxazepam } from './oxazepam.js';
import { temazepam } from './temazepam.js';

/** Every medication the planner knows. Shared code reads their properties; it never branches on an id. */
export const MEDICATIONS: readonly Medication[] = [
  clonazepam,
  diazepam,
  alprazolam,
  lorazepam,
  oxazepam,
  chlordiazepoxide,
  temazepam,
  nitrazepam,
];

/** The long-acting drug the Ashton Manual substitutes before tapering. */
export const CROSSOVER_TARGET_ID = diazepam.id;

const BY_ID: ReadonlyMap<string, Medication> = new Map(MEDICATIONS.map((m) => [m.id, m]));

export function findMedication(id: string): Medication | undefined {
  return BY_ID.get(id);
}

export function findForm(medication: Medication, kind: FormKind): DosageForm | undefined {
  return medication.forms.find((f) => f.kind === kind);
}
