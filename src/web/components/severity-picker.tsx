import type { MySymptom } from '../../api/schemas.js';
import { SEVERITIES, type Severity } from '../../core/symptoms/symptom.js';
import { messages } from '../messages.js';

type SymptomText = Pick<MySymptom, 'id' | 'name' | 'description' | 'timing' | 'tip' | 'seekHelp'>;

interface Props {
  readonly symptom: SymptomText;
  readonly value: Severity | undefined;
  readonly onChange: (symptomId: string, value: Severity) => void;
}

/**
 * One symptom, four big choices. Real radio buttons in a fieldset, so arrow keys, screen readers and
 * forms all work natively; CSS only makes each choice look like a large button. Never a slider.
 * The tip and "when to get help" wait behind a small closed disclosure.
 */
export function SeverityPicker({ symptom, value, onChange }: Props) {
  const descriptionId = `symptom-${symptom.id}-description`;
  const t = messages.today;
  return (
    <fieldset class="severity" aria-describedby={descriptionId}>
      <legend class="severity__name">{symptom.name}</legend>
      <p class="hint" id={descriptionId}>
        {symptom.description}
      </p>
      <div class="severity__choices">
        {SEVERITIES.map((severity) => (
          <label class="choice" key={severity}>
            <input
              type="radio"
              name={`symptom-${symptom.id}`}
              value={String(severity)}
              checked={value === severity}
              onChange={() => onChange(symptom.id, severity)}
            />
            <span class="choice__face">{messages.severity(severity)}</span>
          </label>
        ))}
      </div>
      {(symptom.tip ?? symptom.timing ?? symptom.seekHelp) && (
        <details class="about">
          <summary class="about__summary">{t.about}</summary>
          <div class="about__body">
            {symptom.timing && <p>{t.aboutTiming(symptom.timing)}</p>}
            {symptom.tip && <p>{t.aboutTip(symptom.tip)}</p>}
            {symptom.seekHelp && <p>{t.aboutHelp(symptom.seekHelp)}</p>}
          </div>
        </details>
      )}
    </fieldset>
  );
}
