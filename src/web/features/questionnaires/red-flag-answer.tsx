import type { RedFlagView } from '../../../api/schemas.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { builtInFlag } from '../../red-flags.js';
import { CallNumbers } from '../urgent-help/call-numbers.js';

interface Props {
  /** The red-flag kind the answer may be. */
  readonly kind: string;
  readonly onRedFlag: (flag: RedFlagView) => void;
}

/**
 * Shown under an answer that may itself be a red flag, the moment it is given: the calling links, and the flag's
 * own button to the urgent-help screen (which records it, with an undo). Nothing is recorded without that tap.
 */
export function RedFlagAnswer({ kind, onRedFlag }: Props) {
  const { t } = useI18n();
  const flag = builtInFlag(t, kind);
  return (
    <section class="serious stack red-flag-answer" aria-labelledby={`red-flag-${kind}`} data-testid="red-flag-answer">
      <h3 id={`red-flag-${kind}`}>{t('questionnaires.redFlagHeading')}</h3>
      <p>{t('questionnaires.redFlagIntro')}</p>
      <CallNumbers crisisLines={false} level={3} />
      {flag && (
        <>
          <p>{t('questionnaires.redFlagTap')}</p>
          <button type="button" class="button button--serious" onClick={() => onRedFlag(flag)}>
            {flag.label}
          </button>
        </>
      )}
    </section>
  );
}
