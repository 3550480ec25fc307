/**
 * The questions the person wants to ask at the next visit, kept on this device per account (localStorage) and sent
 * with the report; session/leaving.ts removes every `report-questions.<account>` key on sign-out and deletion.
 */
import { useState } from 'preact/hooks';
import { REPORT_QUESTION_MAX, REPORT_QUESTIONS_MAX } from '../../../core/index.js';
import { readJson, writeJson } from '../../local-storage.js';

export const reportQuestionsKey = (accountId: string) => `report-questions.${accountId}`;

function load(accountId: string): string[] {
  const stored = readJson(reportQuestionsKey(accountId));
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((q): q is string => typeof q === 'string' && q.trim() !== '')
    .map((q) => q.slice(0, REPORT_QUESTION_MAX))
    .slice(0, REPORT_QUESTIONS_MAX);
}

export function useReportQuestions(accountId: string) {
  const [questions, setQuestions] = useState(() => load(accountId));
  const keep = (next: string[]) => {
    setQuestions(next);
    writeJson(reportQuestionsKey(accountId), next);
  };
  return {
    questions,
    add: (text: string) => {
      const q = text.trim().slice(0, REPORT_QUESTION_MAX);
      if (q && questions.length < REPORT_QUESTIONS_MAX) keep([...questions, q]);
    },
    remove: (index: number) => keep(questions.filter((_, i) => i !== index)),
  };
}
