/**
 * Each medicine's name by id, apart from its facts: a screen that only names a medicine (a dose in the log, a
 * sync line) ships these few bytes, not the whole registry with its equivalents, forms and sources. The
 * medication files take their names from here, so there is one list.
 */
export const MEDICATION_NAMES = {
  alprazolam: 'Alprazolam',
  chlordiazepoxide: 'Chlordiazepoxide',
  clonazepam: 'Clonazepam',
  diazepam: 'Diazepam',
  lorazepam: 'Lorazepam',
  nitrazepam: 'Nitrazepam',
  oxazepam: 'Oxazepam',
  temazepam: 'Temazepam',
} as const;

const NAMES: ReadonlyMap<string, string> = new Map(Object.entries(MEDICATION_NAMES));

/** The medicine's name, or undefined for an id this version does not know. */
export function medicationName(id: string): string | undefined {
  return NAMES.get(id);
}
