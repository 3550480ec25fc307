/**
 * What is left of the app's first English word list: the plan's words that other features use too (the plan
 * feature moves them to its catalogue). Every other feature's words are in its locales/ catalogue.
 */
import { FORM_NAMES, mgText, listText } from './words-base.js';

export const messages = {
  educational:
    'Taper Companion is for education and self-tracking. It is not medical advice. Talk with your prescriber before changing your dose.',

  /** The few plan words other features use too (the rest: features/plan/plan-words.ts). */
  planShared: {
    medicationOption: (name: string, brands: readonly string[]) =>
      brands.length > 0 ? `${name} (${brands.join(', ')})` : name,
    chooseMedication: 'Choose your medicine',
    formName: (kind: string, homeMixture: boolean) =>
      homeMixture ? 'Liquid (home water mixture)' : (FORM_NAMES[kind] ?? kind),
    less: '−',
    more: '+',
    /** Each medicine's own amount: during a switch, never the diazepam-equivalent total. */
    dayDoses: (parts: readonly { readonly name: string; readonly mg: number }[]) =>
      parts.length === 1
        ? `Daily dose: ${mgText(parts[0]?.mg ?? 0)}`
        : `Daily doses: ${listText(parts.map((p) => `${mgText(p.mg)} ${p.name.toLowerCase()}`))}`,
  },
} as const;

export type Messages = typeof messages;
