import { noPlanText as t } from './no-plan-messages.js';

/** Said on Today when there is no plan: nothing is wrong, and where to set one up when ready. */
export function NoPlanNote() {
  return (
    <section class="panel stack no-plan" aria-labelledby="no-plan-heading" data-testid="no-plan">
      <h2 id="no-plan-heading">{t.heading}</h2>
      <p>{t.text}</p>
      <p>
        <a class="button" href="#/plan">
          {t.button}
        </a>
      </p>
    </section>
  );
}
