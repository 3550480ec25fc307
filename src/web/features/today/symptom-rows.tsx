import type { MySymptom } from '../../../api/schemas.js';
import type { Severity } from '../../../core/index.js';
import { SOURCE_LOCALE } from '../../i18n/locales.js';
import { useI18n, useWords } from '../../i18n/i18n-context.js';
import { unratedCount, type CheckinDraft } from './checkin-form.js';
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

/** The pinned symptoms, a row each, with the two shortcuts that make a full check-in a few taps. */
export function SymptomRows({ symptoms, draft, actions }: Props) {
  const { t, locale } = useI18n();
  // Catalogue symptoms are named by id in the symptoms' words; in English the server's names are those words
  // already, so the first load stays small and only another language fetches them.
  useWords(['symptoms'], locale !== SOURCE_LOCALE);
  const ids = (symptoms ?? []).map((s) => s.id);
  const unrated = unratedCount(draft, ids);
  return (
    <section class="stack" aria-labelledby="symptoms-heading">
      <h2 id="symptoms-heading">{t('today.symptomsHeading')}</h2>
      {symptoms === null && <p class="notice">{t('today.symptomsUnavailable')}</p>}
      {symptoms?.length === 0 && <p>{t('today.noPinned')}</p>}
      {ids.length > 0 && (
        <>
          <p class="hint">{t('today.intro')}</p>
          {/* Each shortcut with its own hint under it: on a phone the two stack, and a hint below both read as the
              second one's. */}
          <div class="shortcut-row">
            <div class="shortcut">
              <button type="button" class="button" aria-describedby="same-hint" onClick={actions.onSameAsYesterday}>
                {t('today.sameAsYesterday')}
              </button>
              <p class="hint" id="same-hint">
                {t('today.sameHint')}
              </p>
            </div>
            <button
              type="button"
              class="button"
              aria-describedby="rest-none-hint"
              disabled={unrated === 0}
              onClick={actions.onRestNone}
            >
              {unrated === 0
                ? t('today.restNoneDone')
                : unrated === ids.length
                  ? t('today.restNoneAll', { count: unrated })
                  : t('today.restNoneOther', { count: unrated })}
            </button>
          </div>
          <p class="visually-hidden" id="rest-none-hint">
            {t('today.restNoneHint')}
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
          {t('today.chooseSymptoms')}
        </a>
      </p>
    </section>
  );
}
