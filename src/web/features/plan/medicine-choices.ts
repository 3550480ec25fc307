/**
 * What a medicine allows the planner form to offer: its forms (and a home water mixture), its tablet strengths,
 * and its published diazepam equivalents. Read from the API's medicine view, whose forms are loose records.
 */
import type { MedicationView } from '../../../api/plan-schemas.js';
import type { EquivalentTable, FormChoice, PlanDraft } from './plan-draft.js';
import { positiveDose } from './typed-numbers.js';

interface LooseObject {
  readonly [key: string]: unknown;
}
/** True for an object whose fields must each be checked before use. */
export const isRecord = (v: unknown): v is LooseObject => typeof v === 'object' && v !== null;

/** One choice in the "form" select: the form's kind and whether it is a home water mixture. */
export interface FormOption {
  readonly kind: FormChoice;
  readonly homeMixture: boolean;
}

export const FORM_ORDER: readonly FormChoice[] = ['tablet', 'odt', 'capsule', 'liquid', 'drops'];

function formKinds(medication: MedicationView): Set<string> {
  const kinds = new Set<string>();
  for (const form of medication.forms) {
    const kind = form['kind'];
    if (typeof kind === 'string') kinds.add(kind);
  }
  return kinds;
}

/** The forms a medicine comes in, plus a home water mixture when it has tablets but no liquid. */
export function formOptions(medication: MedicationView | undefined): FormOption[] {
  if (!medication) return [];
  const kinds = formKinds(medication);
  const options: FormOption[] = FORM_ORDER.filter((k) => kinds.has(k)).map((kind) => ({ kind, homeMixture: false }));
  if (!kinds.has('liquid') && (kinds.has('tablet') || kinds.has('odt'))) {
    const at = options.findIndex((o) => o.kind === 'drops');
    options.splice(at === -1 ? options.length : at, 0, { kind: 'liquid', homeMixture: true });
  }
  return options;
}

/** Keeps the chosen form when the new medicine has it; otherwise its first form. */
export function fitForm(form: FormChoice, medication: MedicationView | undefined): FormChoice {
  const options = formOptions(medication);
  return options.some((o) => o.kind === form) ? form : (options[0]?.kind ?? 'tablet');
}

/** The tablet strengths (mg) behind a form: its own, or the tablets a home mixture is made from. */
export function tabletStrengths(medication: MedicationView | undefined, form: FormChoice): number[] {
  if (!medication) return [];
  const find = (kind: string) => medication.forms.find((f) => f['kind'] === kind);
  const own = find(form);
  const source = own ?? (form === 'liquid' ? (find('tablet') ?? find('odt')) : undefined);
  const strengths: unknown = source?.['strengths'];
  if (!Array.isArray(strengths)) return [];
  const mgs: number[] = [];
  for (const s of strengths as unknown[]) {
    const mg: unknown = isRecord(s) ? s['mg'] : undefined;
    if (typeof mg === 'number' && mg > 0 && !mgs.includes(mg)) mgs.push(mg);
  }
  return mgs.sort((a, b) => a - b);
}

/** True when the form is a water mixture made at home (the medicine is not sold as a liquid). */
export function isHomeMixture(medication: MedicationView | undefined, form: FormChoice): boolean {
  return formOptions(medication).some((o) => o.kind === form && o.homeMixture);
}

/** A published equivalent, as "this many mg ≈ 10 mg diazepam", and the ratio it implies. */
export interface EquivalentView {
  readonly table: EquivalentTable;
  readonly mg: number;
  readonly ratio: number;
  readonly sources: readonly string[];
}

export function equivalents(medication: MedicationView | undefined): EquivalentView[] {
  if (!medication) return [];
  const views: EquivalentView[] = [];
  for (const e of medication.equivalents) {
    if (e.table !== 'ashton' && e.table !== 'va-dod') continue;
    // Both tables give one figure for every medicine listed; a range is shown and used at its middle.
    const mg = (e.mgLow + e.mgHigh) / 2;
    if (!(mg > 0)) continue;
    views.push({ table: e.table, mg, ratio: Number((10 / mg).toFixed(3)), sources: e.sources });
  }
  return views;
}

/** The current daily dose in mg of diazepam with the chosen equivalent, when both are known. */
export function diazepamEquivalent(draft: PlanDraft, medication: MedicationView | undefined): number | undefined {
  const dose = positiveDose(draft.dose);
  const chosen = equivalents(medication).find((e) => e.table === draft.equivalent);
  return dose === undefined || !chosen ? undefined : Number((dose * chosen.ratio).toFixed(3));
}
