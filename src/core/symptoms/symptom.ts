/** Grouped as in the seed and JCPG 2025 Table 3 (clinical.md §2.5). */
export const SYMPTOM_GROUPS = [
  'sensory',
  'motor',
  'sleep',
  'mood',
  'cognitive',
  'autonomic',
  'gastrointestinal',
  'perceptual',
] as const;
export type SymptomGroup = (typeof SYMPTOM_GROUPS)[number];

/** A published source, cited by short name; full references are in docs/SOURCES.md. */
export type SourceId =
  | 'seed'
  | 'ashton-manual'
  | 'jcpg-2025'
  | 'ciwa-b'
  | 'bwsq'
  | 'benzosupport-survey'
  | 'racgp'
  | 'kilen-list'
  | 'maudsley-2024';

export interface Symptom {
  readonly id: string;
  readonly group: SymptomGroup;
  readonly name: string;
  /** One plain-language line in our own words. */
  readonly description: string;
  /** When it tends to appear or how long it lasts, only where a source says so. */
  readonly timing?: string;
  /** Something that may help, from the seed's self-help list or a source. */
  readonly tip?: string;
  /** When this symptom needs a clinician rather than waiting it out. */
  readonly seekHelp: string;
  readonly sources: readonly SourceId[];
  /** Part of the starting set of pinned symptoms (the seed's sensory and motor list). */
  readonly pinnedByDefault: boolean;
}

/** 0 none, 1 mild, 2 moderate, 3 severe. */
export const SEVERITIES = [0, 1, 2, 3] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'number' && (SEVERITIES as readonly number[]).includes(value);
}
