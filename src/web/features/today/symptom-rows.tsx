import type { MySymptom } from '../../../api/schemas.js';
import type { Severity } from '../../../core/index.js';
import { messages } from '../../messages.js';
import { unratedCount, type CheckinDraft } from './checkin-form.js';
import { todayText } from './messages.js';
import { SeverityRow } from './severity-row.js';

interface Props {
  readonly symptoms: readonly MySymptom[] | null;
  readonly draft: CheckinDraft;
  readonly actions: {
    readonly onRate: (symptomId: string, value: Severity) => void;
    readonly onSameAsYesterday: () => void;
    readonly onRestNone: () => void;
  };
}

const t = messages.today;

/** The pinned symptoms, a row each, with the two shortcuts that make a full check-in a few taps. */
export function SymptomRows({ symptoms, draft, actions }: Props) {
  const ids = (symptoms ?? []).map((s) => s.id);
  const unrated = unratedCount(draft, ids);
  return (
    <section class="stack" aria-labelledby="symptoms-heading">
      <h2 id="symptoms-heading">{t.symptomsHeading}</h2>
      {symptoms === null && <p class="notice">{t.symptomsUnavailable}</p>}
      {symptoms?.length === 0 && <p>{t.noPinned}</p>}
      {ids.length > 0 && (
        <>
          <p class="hint">{todayText.intro}</p>
          <div class="shortcut-row">
            <button type="button" class="button" aria-describedby="same-hint" onClick={actions.onSameAsYesterday}>
              {todayText.sameAsYesterday}
            </button>
            <button
              type="button"
              class="button"
              aria-describedby="rest-none-hint"
              disabled={unrated === 0}
              onClick={actions.onRestNone}
            >
              {todayText.restNone(unrated, ids.length)}
            </button>
          </div>
          <p class="hint" id="same-hint">
            {todayText.sameHint}
          </p>
          <p class="visually-hidden" id="rest-none-hint">
            {todayText.restNoneHint}
          </p>
        </>
      )}
      <div class="severity-rows">
        {(symptoms ?? []).map((symptom) => (
          <SeverityRow
            key={symptom.id}
            symptom={symptom}
            value={draft.symptoms[symptom.id]}
            onChange={actions.onRate}
          />
        ))}
      </div>
      <p>
        <a class="jump-link" href="#/symptoms">
          {t.chooseSymptoms}
        </a>
      </p>
    </section>
  );
}
