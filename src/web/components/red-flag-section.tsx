import type { RedFlagView } from '../../api/schemas.js';
import { useI18n } from '../i18n/i18n-context.js';

interface Props {
  readonly flags: readonly RedFlagView[];
  readonly onSelect: (flag: RedFlagView) => void;
}

/** The "Something serious happened" panel: distinct but calm; one plain button per red flag. */
export function RedFlagSection({ flags, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <section class="serious" id="serious" aria-labelledby="serious-heading">
      <h2 id="serious-heading">{t('serious.heading')}</h2>
      <p>{t('serious.intro')}</p>
      <ul class="serious__list">
        {flags.map((flag) => (
          <li key={flag.kind}>
            <button type="button" class="button button--serious" onClick={() => onSelect(flag)}>
              {flag.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
