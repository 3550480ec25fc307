import type { InstrumentView } from '../../../api/assessment-schemas.js';
import type { Translate } from '../../i18n/catalogue.js';
import type { QuestionnaireDraft } from './questionnaire-draft.js';

/** Whole numbers within 0..max; empty means "not answered". */
export function parseWhole(text: string, max: number): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= max ? n : undefined;
}

export type Checked =
  | {
      readonly ok: true;
      readonly errors: Readonly<Record<string, string>>;
      readonly body: { readonly answers: number[]; readonly unscored: Record<string, number> };
    }
  | {
      readonly ok: false;
      readonly errors: Readonly<Record<string, string>>;
      readonly status: string;
      /** The id of the element to move focus to: the first open question, or the first field to fix. */
      readonly focus: string;
    };

/** Every question answered and every optional number readable, or what to fix first. */
export function checkAnswers(instrument: InstrumentView, draft: QuestionnaireDraft, t: Translate): Checked {
  const errors: Record<string, string> = {};
  const unscored: Record<string, number> = {};
  for (const u of instrument.unscored) {
    const value = parseWhole(draft.unscored[u.id] ?? '', u.max);
    if (value === undefined) errors[u.id] = t('questionnaires.numberInvalid', { max: u.max });
    else if (value !== null) unscored[u.id] = value;
  }
  const open = instrument.items.filter((item) => draft.answers[item.id] === undefined);
  const firstOpen = open[0];
  if (firstOpen)
    return {
      ok: false,
      errors,
      status: t('questionnaires.unanswered', { count: open.length }),
      focus: `q-${firstOpen.id}-0`,
    };
  const firstBad = Object.keys(errors)[0];
  if (firstBad) return { ok: false, errors, status: errors[firstBad] ?? '', focus: `u-${firstBad}` };
  return { ok: true, errors, body: { answers: instrument.items.map((item) => draft.answers[item.id] ?? 0), unscored } };
}
