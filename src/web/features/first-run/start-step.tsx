import type { StartChoice } from './first-run-store.js';
import type { PlainMessageId } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Choice = Exclude<StartChoice, null>;

const CHOICES = [
  { value: 'plan', label: 'firstRun.startPlan', hint: 'firstRun.startPlanHint' },
  { value: 'dose', label: 'firstRun.startDose', hint: 'firstRun.startDoseHint' },
  { value: 'journal', label: 'firstRun.startJournal', hint: 'firstRun.startJournalHint' },
] as const satisfies readonly {
  readonly value: Choice;
  readonly label: PlainMessageId;
  readonly hint: PlainMessageId;
}[];

/** Step 1: three big choices; one tap chooses and moves on. */
export function StartStep({ onChoose }: { readonly onChoose: (choice: Choice) => void }) {
  const { t } = useI18n();
  return (
    <>
      <p>{t('firstRun.startIntro')}</p>
      <ul class="first-run__choices">
        {CHOICES.map((c) => (
          <li key={c.value}>
            <button
              type="button"
              class="button first-run__choice"
              aria-describedby={`start-${c.value}-hint`}
              onClick={() => onChoose(c.value)}
            >
              {t(c.label)}
            </button>
            <p class="hint" id={`start-${c.value}-hint`}>
              {t(c.hint)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
