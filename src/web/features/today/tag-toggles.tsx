import type { CheckinTag } from '../../../core/index.js';
import { CHECKIN_TAGS } from '../../../core/index.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly value: readonly CheckinTag[];
  readonly onToggle: (tag: CheckinTag) => void;
}

/** Seven big toggle buttons; aria-pressed says which are on, and the look never relies on colour alone. */
export function TagToggles({ value, onToggle }: Props) {
  const { t } = useI18n();
  return (
    <section class="stack" aria-labelledby="tags-heading">
      <h2 id="tags-heading">{t('today.tagsHeading')}</h2>
      <p class="hint">{t('today.tagsHint')}</p>
      <ul class="toggles" data-testid="tags">
        {CHECKIN_TAGS.map((tag) => {
          const on = value.includes(tag);
          return (
            <li key={tag}>
              <button
                type="button"
                class="button toggle"
                aria-pressed={on ? 'true' : 'false'}
                onClick={() => onToggle(tag)}
              >
                {on && (
                  <span class="toggle__mark" aria-hidden="true">
                    ✓
                  </span>
                )}
                {t(`today.tag.${tag}`)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
