import { useState } from 'preact/hooks';
import { REPORT_QUESTION_MAX, REPORT_QUESTIONS_MAX } from '../../../core/index.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly questions: readonly string[];
  readonly onAdd: (text: string) => void;
  readonly onRemove: (index: number) => void;
}

/** Questions to ask at the visit: written here, printed at the end of the report. */
export function ReportQuestions({ questions, onAdd, onRemove }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const full = questions.length >= REPORT_QUESTIONS_MAX;
  const add = (e: Event) => {
    e.preventDefault();
    if (!draft.trim() || full) return;
    onAdd(draft);
    setDraft('');
  };
  return (
    <section class="panel report-questions" aria-labelledby="report-questions">
      <h2 id="report-questions">{t('report.questionsHeading')}</h2>
      {questions.length > 0 ? (
        <ol class="insights-list" data-testid="report-question-list">
          {questions.map((q, i) => (
            <li key={`${String(i)}-${q}`}>
              {q}{' '}
              <button
                type="button"
                class="button button--secondary"
                onClick={() => onRemove(i)}
                aria-label={t('report.removeQuestion', { question: q })}
              >
                {t('report.remove')}
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('report.noQuestions')}</p>
      )}
      <form onSubmit={add}>
        <label for="report-question">{t('report.questionLabel')}</label>
        <p class="hint" id="report-question-hint">
          {full ? t('report.questionsFull', { max: REPORT_QUESTIONS_MAX }) : t('report.questionHint')}
        </p>
        <input
          id="report-question"
          class="input"
          type="text"
          maxLength={REPORT_QUESTION_MAX}
          value={draft}
          disabled={full}
          aria-describedby="report-question-hint"
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="button button--secondary" disabled={full}>
          {t('report.addQuestion')}
        </button>
      </form>
    </section>
  );
}
