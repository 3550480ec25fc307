import type { InstrumentView } from '../../../api/assessment-schemas.js';
import type { RedFlagView } from '../../../api/schemas.js';
import { messages } from '../../messages.js';
import { TextField } from '../../components/text-field.js';
import { SourceLinks } from '../sources/source-links.js';
import { questionnaireMessages as q } from './messages.js';
import type { QuestionnaireDraft } from './questionnaire-draft.js';
import { QuestionList } from './question-list.js';
import { SubmitRow } from '../../components/submit-row.js';

const t = messages.questionnaires;

export interface FormHandlers {
  readonly answer: (itemId: string, value: number) => void;
  readonly type: (fieldId: string, text: string) => void;
  readonly redFlag: (flag: RedFlagView) => void;
  readonly submit: (event: Event) => void;
}

interface Props {
  readonly instrument: InstrumentView;
  readonly draft: QuestionnaireDraft;
  readonly shown: { readonly status: string; readonly errors: Readonly<Record<string, string>> };
  readonly on: FormHandlers;
}

function UnscoredFields({ instrument, draft, shown, on }: Props) {
  return (
    <section class="stack" aria-labelledby="unscored-heading">
      <h3 id="unscored-heading">{t.optionalHeading}</h3>
      {instrument.unscored.map((u) => (
        <TextField
          key={u.id}
          id={`u-${u.id}`}
          label={u.text}
          hint={u.unit === 'hours' ? t.hours : t.minutes}
          inputMode="decimal"
          value={draft.unscored[u.id] ?? ''}
          error={shown.errors[u.id]}
          onInput={(value) => on.type(u.id, value)}
        />
      ))}
    </section>
  );
}

/** The questions of one instrument, its time frame stated once above them, and Save. */
export function QuestionnaireForm(props: Props) {
  const { instrument, draft, shown, on } = props;
  const timeFrame = q.timeFrame(instrument.timeFrame);
  return (
    <form
      class="stack"
      noValidate
      onSubmit={on.submit}
      aria-labelledby="instrument-heading"
      data-testid="questionnaire"
    >
      <h2 id="instrument-heading">{instrument.name}</h2>
      {timeFrame && (
        <p class="question__time-frame" data-testid="time-frame">
          <strong>{timeFrame}</strong>
        </p>
      )}
      {instrument.evidence !== 'confirmed' && (
        <p class="notice" data-testid="questionnaire-evidence">
          <strong>{t.evidenceHeading(instrument.evidence)}.</strong> {instrument.evidenceNote}
        </p>
      )}
      <p class="hint">{instrument.monitoringNote}</p>
      <QuestionList items={instrument.items} answers={draft.answers} on={on} />
      {instrument.unscored.length > 0 && <UnscoredFields {...props} />}
      <p class="hint">
        {t.citation(instrument.citation)} <SourceLinks ids={instrument.sources} />
      </p>
      <p class="hint">{q.draftKept}</p>
      <SubmitRow label={t.submit} status={shown.status} statusTestId="questionnaire-status" />
    </form>
  );
}
