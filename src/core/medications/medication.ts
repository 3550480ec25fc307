/**
 * A benzodiazepine as data. Every figure carries its status from shared/reference/clinical.md:
 * 'confirmed' and 'secondary' figures may be shown as facts with their source; 'unconfirmed' ones are
 * shown only as "to check on your pack or with your pharmacist".
 */
export type EvidenceStatus = 'confirmed' | 'secondary' | 'unconfirmed';

/** Short names of the tables and labels the figures come from; each has a row in docs/SOURCES.md. */
export type PlanSourceId =
  | 'ashton-equivalence-2007'
  | 'va-dod-2021'
  | 'jcpg-2025'
  | 'nhs-scotland'
  | 'bluelight-chart'
  | 'openfda'
  | 'roche-rivotril'
  | 'nice-cks'
  | 'va-handout';

export interface Sourced<T> {
  readonly value: T;
  readonly status: EvidenceStatus;
  readonly sources: readonly PlanSourceId[];
}

export type FormKind = 'tablet' | 'odt' | 'capsule' | 'liquid' | 'drops';

export interface TabletStrength {
  readonly mg: number;
  /** Pieces a tablet may be split into along its score line; 1 means "do not split". */
  readonly pieces: 1 | 2;
}

interface FormBase {
  readonly kind: FormKind;
  readonly status: EvidenceStatus;
  readonly sources: readonly PlanSourceId[];
}

/** Solid forms counted in units; only tablets and ODTs may be crushed for a liquid mixture. */
export interface TabletForm extends FormBase {
  readonly kind: 'tablet' | 'odt' | 'capsule';
  readonly strengths: readonly TabletStrength[];
}

export interface LiquidForm extends FormBase {
  readonly kind: 'liquid';
  readonly mgPerMl: number;
}

export interface DropsForm extends FormBase {
  readonly kind: 'drops';
  readonly mgPerMl: number;
  readonly mgPerDrop: number;
}

export type DosageForm = TabletForm | LiquidForm | DropsForm;

/** "About this many mg ≈ diazepam 10 mg", from one published table. */
export interface Equivalent {
  readonly table: 'ashton' | 'va-dod';
  /** Low and high ends; equal when the table gives one figure. */
  readonly mgLow: number;
  readonly mgHigh: number;
  readonly status: EvidenceStatus;
  readonly sources: readonly PlanSourceId[];
}

export type Indication = 'anxiety' | 'panic' | 'sleep' | 'epilepsy' | 'other';

export interface Medication {
  readonly id: string;
  readonly name: string;
  readonly brandNames: readonly string[];
  readonly halfLifeHours: Sourced<{ readonly low: number; readonly high: number; readonly metaboliteHigh?: number }>;
  readonly equivalents: readonly Equivalent[];
  readonly forms: readonly DosageForm[];
  /** Reasons for which a prescriber or specialist must be involved before any reduction. */
  readonly specialistFirstFor: readonly Indication[];
}
