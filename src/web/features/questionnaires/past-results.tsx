import type { AssessmentView } from '../../../api/assessment-schemas.js';
import type { Local } from '../../data/outbox.js';
import { messages } from '../../messages.js';

const t = messages.questionnaires;

/** Earlier results of the chosen questionnaire, newest first; unsent ones say so. */
export function PastResults({ past }: { readonly past: readonly Local<AssessmentView>[] }) {
  return (
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
  );
}
