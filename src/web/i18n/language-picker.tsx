import { RadioCards } from '../components/radio-cards.js';
import { useI18n } from './i18n-context.js';
import { LOCALES } from './locales.js';

/** Two big cards, "English" and "Deutsch": the app switches at once, with no reload, and remembers the choice. */
export function LanguagePicker() {
  const { locale, t, setLocale } = useI18n();
  return (
    <div class="panel account-section">
      <RadioCards
        name="language"
        legend={t('language.legend')}
        intro={t('language.hint')}
        value={locale}
        compact
        cards={LOCALES.map((l) => ({ value: l, label: t(`language.${l}` as const) }))}
        onChange={(next) => void setLocale(next)}
      />
    </div>
  );
}
