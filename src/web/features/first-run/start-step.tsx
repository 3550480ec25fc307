import type { StartChoice } from './first-run-store.js';
import { firstRunText as t } from './messages.js';

type Choice = Exclude<StartChoice, null>;

const CHOICES: readonly { readonly value: Choice; readonly label: string; readonly hint: string }[] = [
  { value: 'plan', label: t.startPlan, hint: t.startPlanHint },
  { value: 'dose', label: t.startDose, hint: t.startDoseHint },
  { value: 'journal', label: t.startJournal, hint: t.startJournalHint },
];

/** Step 1: three big choices; one tap chooses and moves on. */
export function StartStep({ onChoose }: { readonly onChoose: (choice: Choice) => void }) {
  return (
    <>
      <p>{t.startIntro}</p>
      <ul class="first-run__choices">
        {CHOICES.map((c) => (
          <li key={c.value}>
            <button
              type="button"
              class="button first-run__choice"
              aria-describedby={`start-${c.value}-hint`}
              onClick={() => onChoose(c.value)}
            >
              {c.label}
            </button>
            <p class="hint" id={`start-${c.value}-hint`}>
              {c.hint}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
