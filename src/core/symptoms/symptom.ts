export const SYMPTOM_GROUPS = ['sensory', 'motor', 'sleep'] as const;
export type SymptomGroup = (typeof SYMPTOM_GROUPS)[number];

/** A published source, cited by short name; full references are in docs/SOURCES.md. */
export type SourceId = 'seed' | 'ashton-manual' | 'jcpg-2025' | 'ciwa-b' | 'benzosupport-survey';

export interface Symptom {
  readonly id: string;
  readonly group: SymptomGroup;
  readonly name: string;
  /** One plain-language line in our own words. */
  readonly description: string;
  readonly sources: readonly SourceId[];
}

/** 0 none, 1 mild, 2 moderate, 3 severe. */
export const SEVERITIES = [0, 1, 2, 3] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'number' && (SEVERITIES as readonly number[]).includes(value);
}
