import { useEffect, useRef, useState } from 'preact/hooks';
import type { AssessmentView, InstrumentView } from '../../api/assessment-schemas.js';
import { records, type Local } from '../offline/index.js';
import { entryState, useSentCount } from '../offline/use-sent.js';
import { addDays } from '../../core/calendar-date.js';
import { localToday } from '../dates.js';
import { describeFailure } from '../errors.js';
import { messages } from '../messages.js';
import { useScreenHeading } from '../use-screen-heading.js';
import { AssessmentResult } from '../components/assessment-result.js';
import { RadioCards } from '../components/radio-cards.js';
import { TextField } from '../components/text-field.js';

interface Props {
  readonly onSignedOut: () => void;
}

const t = messages.questionnaires;
/** Past results shown: the year up to tomorrow (a date may be a day ahead of UTC), the longest range the API answers. */
const PAST_DAYS = 366;

/** Whole numbers within 0..max; empty means "not answered". */
function parseWhole(text: string, max: number): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= max ? n : undefined;
}

/** CIWA-B or BWSQ: one question per fieldset with big radio options, then the score and past results. */
export function QuestionnairesPage({ onSignedOut }: Props) {
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [instruments, setInstruments] = useState<readonly InstrumentView[] | undefined>(undefined);
  const [failure, setFailure] = useState('');
  const [chosen, setChosen] = useState('');
  const [answers, setAnswers] = useState<Readonly<Record<string, number>>>({});
  const [unscored, setUnscored] = useState<Readonly<Record<string, string>>>({});
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [status, setStatus] = useState('');
  const submitting = useRef(false);
  const [result, setResult] = useState<Local<AssessmentView> | undefined>(undefined);
  const [past, setPast] = useState<readonly Local<AssessmentView>[]>([]);
  const sent = useSentCount();

  useEffect(() => {
    void records.instruments().then((r) => {
      if (r.ok) setInstruments(r.value.instruments);
      else if (r.error.code === 'unauthenticated') onSignedOut();
      else setFailure(t.loadFailed(describeFailure(r.error)));
    });
  }, []);

  useEffect(() => {
    if (!chosen) return;
    // The server answers at most a year at once; asking for that year keeps older results in the device's copy.
    const today = localToday();
    void records
      .listAssessments({ instrument: chosen, from: addDays(today, -(PAST_DAYS - 2)), to: addDays(today, 1) })
      .then((r) => {
        if (r.ok) setPast(r.value);
      });
  }, [chosen, result?.id, sent]);

  // Once the result shown as "saved on this device" has been sent, drop that line.
  useEffect(() => {
    const shown = result;
    if (!shown?.pending) return;
    void entryState((op) => op.kind === 'assessment' && op.body.id === shown.id).then((state) => {
      // A refused result keeps its "not sent" line; the status panel above says why.
      if (state !== 'sent') return;
      const { pending: _pending, ...sent } = shown;
      setResult((current) => (current?.id === shown.id ? sent : current));
    });
  }, [sent]);

  const instrument = instruments?.find((i) => i.id === chosen);

  function choose(id: string) {
    setChosen(id);
    setAnswers({});
    setUnscored({});
    setErrors({});
    setResult(undefined);
    setStatus('');
  }

  async function submit(event: Event) {
    event.preventDefault();
    // One save at a time: a second tap while the first is on its way must not store the answers twice.
    if (!instrument || submitting.current) return;
    const open = instrument.items.filter((item) => answers[item.id] === undefined);
    const nextErrors: Record<string, string> = {};
    const extra: Record<string, number> = {};
    for (const u of instrument.unscored) {
      const value = parseWhole(unscored[u.id] ?? '', u.max);
      if (value === undefined) nextErrors[u.id] = t.numberInvalid(u.max);
      else if (value !== null) extra[u.id] = value;
    }
    setErrors(nextErrors);
    const firstOpen = open[0];
    if (firstOpen) {
      setStatus(t.unanswered(open.length));
      document.querySelector<HTMLInputElement>(`input[name="q-${firstOpen.id}"]`)?.focus();
      return;
    }
    const firstBad = Object.keys(nextErrors)[0];
    if (firstBad) {
      setStatus(nextErrors[firstBad] ?? '');
      document.getElementById(`u-${firstBad}`)?.focus();
      return;
    }
    setStatus(t.saving);
    submitting.current = true;
    const r = await records.recordAssessment(
      {
        id: crypto.randomUUID(),
        instrument: instrument.id,
        date: localToday(),
        answers: instrument.items.map((item) => answers[item.id] ?? 0),
        unscored: extra,
      },
      instrument,
    );
    submitting.current = false;
    if (r.ok) {
      setResult(r.value.value);
      setStatus('');
      requestAnimationFrame(() => document.getElementById('result-heading')?.focus());
    } else if (r.error.code === 'unauthenticated') onSignedOut();
    else setStatus(describeFailure(r.error));
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p>{t.intro}</p>
      {failure && (
        <p class="notice" role="alert">
          {failure}
        </p>
      )}
      {!instruments && !failure && (
        <p class="status" role="status">
          {t.loading}
        </p>
      )}
      {instruments && (
        <div class="stack">
          <RadioCards
            name="instrument"
            legend={t.choose}
            value={chosen}
            cards={instruments.map((i) => ({ value: i.id, label: i.shortName, hint: i.name }))}
            onChange={choose}
          />
          {instrument && result && <AssessmentResult instrument={instrument} result={result} />}
          {instrument && !result && (
            <form
              class="stack"
              noValidate
              onSubmit={(e) => void submit(e)}
              aria-labelledby="instrument-heading"
              data-testid="questionnaire"
            >
              <h2 id="instrument-heading">{instrument.name}</h2>
              <p>{instrument.intro}</p>
              {instrument.evidence !== 'confirmed' && (
                <p class="notice" data-testid="questionnaire-evidence">
                  <strong>{t.evidenceHeading(instrument.evidence)}.</strong> {instrument.evidenceNote}
                </p>
              )}
              <p class="hint">{instrument.monitoringNote}</p>
              {instrument.items.map((item, index) => (
                <fieldset
                  class="severity question"
                  key={item.id}
                  aria-describedby={item.rater === 'observer' ? `q-${item.id}-observer` : undefined}
                >
                  <legend class="severity__name">
                    <span class="question__number">{t.question(index + 1, instrument.items.length)}</span> {item.text}
                  </legend>
                  {item.rater === 'observer' && (
                    <p class="observer" id={`q-${item.id}-observer`}>
                      {t.observer}
                    </p>
                  )}
                  <div class="question__choices">
                    {item.options.map((option) => (
                      <label class="choice" key={option.value}>
                        <input
                          type="radio"
                          name={`q-${item.id}`}
                          value={String(option.value)}
                          checked={answers[item.id] === option.value}
                          onChange={() => setAnswers({ ...answers, [item.id]: option.value })}
                        />
                        <span class="choice__face">{option.label}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
              {instrument.unscored.length > 0 && (
                <section class="stack" aria-labelledby="unscored-heading">
                  <h3 id="unscored-heading">{t.optionalHeading}</h3>
                  {instrument.unscored.map((u) => (
                    <TextField
                      key={u.id}
                      id={`u-${u.id}`}
                      label={u.text}
                      hint={u.unit === 'hours' ? t.hours : t.minutes}
                      inputMode="decimal"
                      value={unscored[u.id] ?? ''}
                      error={errors[u.id]}
                      onInput={(value) => setUnscored({ ...unscored, [u.id]: value })}
                    />
                  ))}
                </section>
              )}
              <p class="hint">{t.citation(instrument.citation)}</p>
              <div class="save-row">
                <button type="submit" class="button button--primary">
                  {t.submit}
                </button>
                <p class="status" role="status" aria-live="polite" data-testid="questionnaire-status">
                  {status}
                </p>
              </div>
            </form>
          )}
          {instrument && (
            <section class="stack" aria-labelledby="past-heading">
              <h2 id="past-heading">{t.pastHeading}</h2>
              {past.length === 0 ? (
                <p>{t.noPast}</p>
              ) : (
                <ul class="past" data-testid="past-results">
                  {past.map((a) => (
                    <li key={a.id}>
                      {t.pastLine(a.date, a.score, a.maxScore, a.bandLabel)}
                      {a.pending && <span class="not-sent"> ({messages.dose.notSent})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>
      )}
    </>
  );
}
