import type { AssessmentView } from '../../../api/assessment-schemas.js';
import type { Local } from '../../data/outbox.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usePastLine } from './past-line.js';

/** Earlier results of the chosen questionnaire, newest first; unsent ones say so. */
export function PastResults({ past }: { readonly past: readonly Local<AssessmentView>[] }) {
  const { t } = useI18n();
  const pastLine = usePastLine();
  return (
    <section class="stack" aria-labelledby="past-heading">
      <h2 id="past-heading">{t('questionnaires.pastHeading')}</h2>
      {past.length === 0 ? (
        <p>{t('questionnaires.noPast')}</p>
      ) : (
        <ul class="past" data-testid="past-results">
          {past.map((a) => (
            <li key={a.id}>
              {pastLine(a)}
              {a.pending && <span class="not-sent"> ({t('questionnaires.notSent')})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
