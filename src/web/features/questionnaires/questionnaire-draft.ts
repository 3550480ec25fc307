import { useState } from 'preact/hooks';
import { readJson, remove, writeJson } from '../../local-storage.js';

/** The answers given so far: by item id, and the unscored fields as typed. */
export interface QuestionnaireDraft {
  readonly answers: Readonly<Record<string, number>>;
  readonly unscored: Readonly<Record<string, string>>;
}

const EMPTY: QuestionnaireDraft = { answers: {}, unscored: {} };

/**
 * Kept per account and per questionnaire under `draft.<account>.`, so sign-out clears it with the check-in drafts.
 * Only the day's draft is kept: the questions ask about today or the past few days.
 */
export const draftKey = (accountId: string, instrumentId: string) => `draft.${accountId}.questionnaire.${instrumentId}`;

const isRecordOf = (value: unknown, type: 'number' | 'string'): value is Record<string, never> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === type);

export function readDraft(accountId: string, instrumentId: string, today: string): QuestionnaireDraft | undefined {
  const kept = readJson(draftKey(accountId, instrumentId));
  if (typeof kept !== 'object' || kept === null) return undefined;
  const { date, answers, unscored } = kept as Record<string, unknown>;
  if (date !== today || !isRecordOf(answers, 'number') || !isRecordOf(unscored, 'string')) return undefined;
  return { answers, unscored };
}

/** The draft of one questionnaire, saved on every answer and cleared once the answers are saved. */
export function useQuestionnaireDraft(accountId: string, instrumentId: string, today: string) {
  const load = () => ({ instrumentId, draft: readDraft(accountId, instrumentId, today) ?? EMPTY });
  const [kept, setKept] = useState(load);
  // Another questionnaire chosen: its own draft (or none) at once, in the same render, never the last one's.
  const draft = kept.instrumentId === instrumentId ? kept.draft : load().draft;

  /** From the latest draft, not the last render's: two taps in one frame both count. */
  function update(change: (current: QuestionnaireDraft) => QuestionnaireDraft) {
    setKept((current) => {
      const next = change(current.instrumentId === instrumentId ? current.draft : load().draft);
      if (instrumentId) writeJson(draftKey(accountId, instrumentId), { date: today, ...next });
      return { instrumentId, draft: next };
    });
  }

  return {
    draft,
    answer: (itemId: string, value: number) => update((d) => ({ ...d, answers: { ...d.answers, [itemId]: value } })),
    type: (fieldId: string, text: string) => update((d) => ({ ...d, unscored: { ...d.unscored, [fieldId]: text } })),
    clear: () => {
      remove(draftKey(accountId, instrumentId));
      setKept({ instrumentId, draft: EMPTY });
    },
  };
}
