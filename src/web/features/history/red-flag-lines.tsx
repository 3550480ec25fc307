import type { RecordedRedFlag } from '../../../core/index.js';
import { UrgentHelpLink } from '../../components/urgent-help-link.js';
import type { Translate } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { redFlagLabel } from '../../red-flags.js';

/** What a check-in answer that is a red flag was, in the person's terms (core CHECKIN_RED_FLAGS). */
function checkinWhat(t: Translate, code: string): string {
  switch (code) {
    case 'chest-pain':
      return t('recordedFlag.checkin.chest-pain');
    case 'opioids-or-alcohol':
      return t('recordedFlag.checkin.opioids-or-alcohol');
    default:
      return redFlagLabel(t, code);
  }
}

function line(t: Translate, mark: RecordedRedFlag): string {
  switch (mark.source) {
    case 'event':
      return t('recordedFlag.event', { what: redFlagLabel(t, mark.code) });
    case 'questionnaire':
      return t('recordedFlag.questionnaire', { what: redFlagLabel(t, mark.code) });
    case 'checkin':
      return t('recordedFlag.checkin', { what: checkinWhat(t, mark.code) });
  }
}

/** A day's red flags in calm words, with the way to urgent help. */
export function RedFlagLines({ marks }: { readonly marks: readonly RecordedRedFlag[] }) {
  const { t } = useI18n();
  return (
    <div class="history__flags stack" data-testid="history-red-flags">
      <ul>
        {marks.map((mark) => (
          <li key={`${mark.source}-${mark.code}`}>{line(t, mark)}</li>
        ))}
      </ul>
      <p class="hint">{t('recordedFlag.help')}</p>
      <p>
        <UrgentHelpLink label={t('readiness.urgentLink')} />
      </p>
    </div>
  );
}
