import { todayText as t } from './messages.js';

/** Said on Today when there is no plan: nothing is wrong, and where to set one up when ready. */
export function NoPlanNote() {
  return (
    <section class="panel stack" aria-labelledby="no-plan-heading" data-testid="no-plan">
      <h2 id="no-plan-heading">{t.noPlanHeading}</h2>
      <p>{t.noPlanText}</p>
      <p>
        <a class="button" href="#/plan">
          {t.noPlanButton}
        </a>
      </p>
    </section>
  );
}
