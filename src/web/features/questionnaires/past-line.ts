/** "30 Nov 2026: 12 of 40, moderate": a saved result in one line (past results, and the sync status's entry). */
import type { AssessmentView } from '../../../api/assessment-schemas.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { bandName } from './instrument-words.js';

type Result = Pick<AssessmentView, 'instrument' | 'date' | 'score' | 'maxScore' | 'band'>;

export function pastLine({ t, f }: Pick<I18n, 't' | 'f'>, result: Result): string {
  const values = { date: f.short(result.date), score: result.score, max: result.maxScore };
  return result.band !== null
    ? t('questionnaires.pastLineBand', { ...values, band: bandName(t, result.instrument, result.band) })
    : t('questionnaires.pastLine', values);
}

export function usePastLine(): (result: Result) => string {
  const i18n = useI18n();
  return (result) => pastLine(i18n, result);
}
