import type { MedicationView } from '../../../api/plan-schemas.js';
import { parseNumber } from './typed-numbers.js';
import { usePlanWords } from './plan-words.js';

interface Props {
  readonly medication: MedicationView | undefined;
  /** The daily dose as typed. */
  readonly dose: string;
}

/**
 * A daily dose far above the usual range (more than 40 mg diazepam-equivalent by Ashton's table; the server's
 * `usualRangeLimitMg`, from the core's doseAboveUsualRange) needs a prescriber's plan. Said as the dose is typed;
 * planning stays possible, to take to the prescriber.
 */
export function HighDoseNotice({ medication, dose }: Props) {
  const w = usePlanWords();
  const mg = parseNumber(dose);
  const limit = medication?.usualRangeLimitMg ?? null;
  const above = medication !== undefined && mg !== undefined && limit !== null && mg > limit;
  return (
    <div aria-live="polite">
      {above && (
        <p class="notice" data-testid="high-dose-notice">
          <strong>{w.plan.highDose(mg, medication.name)}</strong>
        </p>
      )}
    </div>
  );
}
