import type { AssessmentView, InstrumentView } from '../../api/assessment-schemas.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Local } from '../data/outbox.js';
import { bandName } from '../features/questionnaires/instrument-words.js';

/** A saved questionnaire's score and band, with what to do about a severe one and how sure the scale is. */
export function AssessmentResult({
  instrument,
  result,
}: {
  readonly instrument: InstrumentView;
  readonly result: Local<AssessmentView>;
}) {
  const { t } = useI18n();
  return (
    <section class="panel stack" aria-labelledby="result-heading" data-testid="assessment-result">
      <h2 id="result-heading" tabIndex={-1}>
        {t('questionnaires.resultHeading')}
      </h2>
      <p>{t('questionnaires.score', { score: result.score, max: result.maxScore })}</p>
      <p>
        {result.band !== null
          ? t('questionnaires.band', { label: bandName(t, result.instrument, result.band) })
          : t('questionnaires.totalOnly')}
      </p>
      {result.contactClinician && (
        <p class="notice" data-testid="contact-clinician">
          <strong>{t('questionnaires.contactClinician')}</strong>
        </p>
      )}
      {instrument.evidence !== 'confirmed' && <p>{t('questionnaires.resultUnchecked')}</p>}
      <p class="hint">{t('questionnaires.monitoringOnly')}</p>
      {result.pending && <p class="not-sent">{t('questionnaires.savedOnDevice')}</p>}
    </section>
  );
}
