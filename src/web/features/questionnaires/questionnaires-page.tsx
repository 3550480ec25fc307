import { useEffect, useRef, useState } from 'preact/hooks';
import type { AssessmentView, InstrumentView } from '../../../api/assessment-schemas.js';
import type { Account, RedFlagView } from '../../../api/schemas.js';
import { addDays } from '../../../core/index.js';
import type { Local } from '../../data/outbox.js';
import { AssessmentResult } from '../../components/assessment-result.js';
import { RadioCards } from '../../components/radio-cards.js';
import { localToday } from '../../dates.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { instrumentName } from './instrument-words.js';
import { PastResults } from './past-results.js';
import { readDraft, useQuestionnaireDraft } from './questionnaire-draft.js';
import { QuestionnaireForm } from './questionnaire-form.js';
import { useQuestionnairesData } from './questionnaires-data.js';
import { checkAnswers } from './check-answers.js';

interface Props {
  readonly account: Account;
  readonly onRedFlag: (flag: RedFlagView) => void;
}
/** Past results shown: the year up to tomorrow (a date may be a day ahead of UTC), the longest range the API answers. */
const PAST_DAYS = 366;

/** The instruments; once loaded, the one with a kept draft is open again, as the person left it. */
function useInstruments(accountId: string, today: string) {
  const { t } = useI18n();
  const describeFailure = useDescribeFailure();
  const data = useQuestionnairesData();
  const [instruments, setInstruments] = useState<readonly InstrumentView[] | undefined>(undefined);
  const [failure, setFailure] = useState('');
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    void data.instruments().then((r) => {
      if (r.ok) {
        setInstruments(r.value.instruments);
        setChosen(r.value.instruments.find((i) => readDraft(accountId, i.id, today))?.id ?? '');
      } else setFailure(t('questionnaires.loadFailed', { reason: describeFailure(r.error) }));
    });
  }, []);
  return { instruments, failure, chosen, setChosen };
}

/** CIWA-B or BWSQ: one question per fieldset with big radio options, then the score and past results. */
export function QuestionnairesPage({ account, onRedFlag }: Props) {
  const { t } = useI18n();
  const describeFailure = useDescribeFailure();
  const data = useQuestionnairesData();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [today] = useState(() => localToday(data.clock()));
  const { instruments, failure, chosen, setChosen } = useInstruments(account.id, today);
  const drafting = useQuestionnaireDraft(account.id, chosen, today);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [status, setStatus] = useState('');
  const submitting = useRef(false);
  const [result, setResult] = useState<Local<AssessmentView> | undefined>(undefined);
  const [past, setPast] = useState<readonly Local<AssessmentView>[]>([]);
  const sent = data.useSentCount();
  const instrument = instruments?.find((i) => i.id === chosen);

  useEffect(() => {
    if (!chosen) return;
    // The server answers at most a year at once; asking for that year keeps older results in the device's copy.
    void data
      .listAssessments({ instrument: chosen, from: addDays(today, -(PAST_DAYS - 2)), to: addDays(today, 1) })
      .then((r) => {
        if (r.ok) setPast(r.value);
      });
  }, [chosen, result?.id, sent]);

  // Once the result shown as "saved on this device" has been sent, drop that line.
  useEffect(() => {
    const shown = result;
    if (!shown?.pending) return;
    void data.assessmentState(shown.id).then((state) => {
      // A refused result keeps its "not sent" line; the status panel above says why.
      if (state !== 'sent') return;
      const { pending: _pending, ...sentResult } = shown;
      setResult((current) => (current?.id === shown.id ? sentResult : current));
    });
  }, [sent]);

  function choose(id: string) {
    setChosen(id);
    setErrors({});
    setResult(undefined);
    setStatus('');
  }

  async function submit(event: Event) {
    event.preventDefault();
    // One save at a time: a second tap while the first is on its way must not store the answers twice.
    if (!instrument || submitting.current) return;
    const checked = checkAnswers(instrument, drafting.draft, t);
    setErrors(checked.errors);
    if (!checked.ok) {
      setStatus(checked.status);
      document.getElementById(checked.focus)?.focus();
      return;
    }
    setStatus(t('questionnaires.saving'));
    submitting.current = true;
    const body = {
      id: crypto.randomUUID(),
      instrument: instrument.id,
      date: localToday(data.clock()),
      ...checked.body,
    };
    const r = await data.recordAssessment(body, instrument);
    submitting.current = false;
    if (r.ok) {
      drafting.clear();
      setResult(r.value.value);
      setStatus('');
      requestAnimationFrame(() => document.getElementById('result-heading')?.focus());
    } else setStatus(describeFailure(r.error));
  }

  const on = { answer: drafting.answer, type: drafting.type, redFlag: onRedFlag, submit: (e: Event) => void submit(e) };
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('questionnaires.title')}
      </h1>
      <p>{t('questionnaires.intro')}</p>
      {failure && (
        <p class="notice" role="alert">
          {failure}
        </p>
      )}
      {!instruments && !failure && (
        <p class="status" role="status">
          {t('questionnaires.loading')}
        </p>
      )}
      {instruments && (
        <div class="stack">
          <RadioCards
            name="instrument"
            legend={t('questionnaires.choose')}
            value={chosen}
            cards={instruments.map((i) => ({ value: i.id, label: i.shortName, hint: instrumentName(t, i) }))}
            onChange={choose}
          />
          {instrument && result && <AssessmentResult instrument={instrument} result={result} />}
          {instrument && !result && (
            <QuestionnaireForm instrument={instrument} draft={drafting.draft} shown={{ status, errors }} on={on} />
          )}
          {instrument && <PastResults past={past} />}
        </div>
      )}
    </>
  );
}
