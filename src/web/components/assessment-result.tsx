import type { AssessmentView, InstrumentView } from '../../api/assessment-schemas.js';
import { messages } from '../messages.js';
import type { Local } from '../data/outbox.js';

const t = messages.questionnaires;

/** A saved questionnaire's score and band, with what to do about a severe one and how sure the scale is. */
export function AssessmentResult({
  instrument,
  result,
}: {
  readonly instrument: InstrumentView;
  readonly result: Local<AssessmentView>;
}) {
  return (
    <section class="panel stack" aria-labelledby="result-heading" data-testid="assessment-result">
      <h2 id="result-heading" tabIndex={-1}>
        {t.resultHeading}
      </h2>
      <p>{t.score(result.score, result.maxScore)}</p>
      <p>{result.bandLabel ? t.band(result.bandLabel) : t.totalOnly}</p>
      {result.contactClinician && (
        <p class="notice" data-testid="contact-clinician">
          <strong>{t.contactClinician}</strong>
        </p>
      )}
      {instrument.evidence !== 'confirmed' && <p>{t.resultUnchecked}</p>}
      <p class="hint">{instrument.monitoringNote}</p>
      {result.pending && <p class="not-sent">{t.savedOnDevice}</p>}
    </section>
  );
}
