import { useI18n } from '../../i18n/i18n-context.js';

/** Said on Today when there is no plan: nothing is wrong, and where to set one up when ready. */
export function NoPlanNote() {
  const { t } = useI18n();
  return (
    <section class="panel stack no-plan" aria-labelledby="no-plan-heading" data-testid="no-plan">
      <h2 id="no-plan-heading">{t('today.noPlan.heading')}</h2>
      <p>{t('today.noPlan.text')}</p>
      <p>
        <a class="button" href="#/plan">
          {t('today.noPlan.button')}
        </a>
      </p>
    </section>
  );
}
