/**
 * Left only for first run's Track toggle (features/first-run, converted by the other half of issue #10); the My
 * symptoms screen reads ./locales. Delete this once first-run uses t('symptoms.trackLabel').
 */
export const symptomsText = {
  trackLabel: (name: string) => `Track ${name}`,
} as const;
