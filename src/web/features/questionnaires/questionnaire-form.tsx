import type { InstrumentView } from '../../../api/assessment-schemas.js';
import type { RedFlagView } from '../../../api/schemas.js';
import type { PlainMessageId } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TextField } from '../../components/text-field.js';
import { SourceLinks } from '../sources/source-links.js';
import type { QuestionnaireDraft } from './questionnaire-draft.js';
import { evidenceNote, instrumentName, unscoredText } from './instrument-words.js';
import { QuestionList } from './question-list.js';
import { SubmitRow } from '../../components/submit-row.js';

const TIME_FRAMES: Readonly<Record<InstrumentView['timeFrame'], PlainMessageId>> = {
  today: 'questionnaires.timeFrame.today',
  'past-few-days': 'questionnaires.timeFrame.pastFewDays',
};

/** Undefined for a time frame this version does not know (a copy kept from an older server has none). */
const timeFrameId = (frame: string | undefined): PlainMessageId | undefined =>
  frame !== undefined && Object.hasOwn(TIME_FRAMES, frame)
    ? TIME_FRAMES[frame as InstrumentView['timeFrame']]
    : undefined;

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
  const { t } = useI18n();
  return (
    <section class="stack" aria-labelledby="unscored-heading">
      <h3 id="unscored-heading">{t('questionnaires.optionalHeading')}</h3>
      {instrument.unscored.map((u) => (
        <TextField
          key={u.id}
          id={`u-${u.id}`}
          label={unscoredText(t, instrument.id, u)}
          hint={u.unit === 'hours' ? t('questionnaires.hours') : t('questionnaires.minutes')}
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
  const { t } = useI18n();
  const frameId = timeFrameId(instrument.timeFrame);
  const timeFrame = frameId && t(frameId);
  return (
    <form
      class="stack"
      noValidate
      onSubmit={on.submit}
      aria-labelledby="instrument-heading"
      data-testid="questionnaire"
    >
      <h2 id="instrument-heading">{instrumentName(t, instrument)}</h2>
      {timeFrame && (
        <p class="question__time-frame" data-testid="time-frame">
          <strong>{timeFrame}</strong>
        </p>
      )}
      {instrument.evidence !== 'confirmed' && (
        <p class="notice" data-testid="questionnaire-evidence">
          <strong>
            {t(
              instrument.evidence === 'secondary'
                ? 'questionnaires.evidence.secondary'
                : 'questionnaires.evidence.unchecked',
            )}
            .
          </strong>{' '}
          {evidenceNote(t, instrument)}
        </p>
      )}
      <p class="hint">{t('questionnaires.monitoringOnly')}</p>
      <QuestionList instrumentId={instrument.id} items={instrument.items} answers={draft.answers} on={on} />
      {instrument.unscored.length > 0 && <UnscoredFields {...props} />}
      <p class="hint">
        {t('questionnaires.citation', { text: instrument.citation })} <SourceLinks ids={instrument.sources} />
      </p>
      <p class="hint">{t('questionnaires.draftKept')}</p>
      <SubmitRow label={t('questionnaires.submit')} status={shown.status} statusTestId="questionnaire-status" />
    </form>
  );
}
