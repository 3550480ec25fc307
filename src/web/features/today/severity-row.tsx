import type { MySymptom } from '../../../api/schemas.js';
import { SEVERITIES, type Severity } from '../../../core/index.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSymptomName } from '../symptoms/symptom-name.js';

type SymptomText = Pick<MySymptom, 'id' | 'name' | 'description' | 'timing' | 'tip' | 'seekHelp'>;

interface Props {
  readonly symptom: SymptomText;
  readonly value: Severity | undefined;
  readonly onChange: (symptomId: string, value: Severity) => void;
}

/**
 * One symptom in one row: four big choices (real radios in a fieldset, so arrow keys and screen readers work;
 * CSS makes each a button of at least 48 × 48 px). What the symptom is, and when to get help, wait behind "About".
 */
export function SeverityRow({ symptom, value, onChange }: Props) {
  const { t } = useI18n();
  const name = useSymptomName()(symptom);
  return (
    <fieldset class="severity-row" data-testid={`severity-${symptom.id}`}>
      <legend class="severity-row__name">{name}</legend>
      <div class="severity-row__choices">
        {SEVERITIES.map((severity) => (
          <label class="choice choice--compact" key={severity}>
            <input
              type="radio"
              name={`symptom-${symptom.id}`}
              value={String(severity)}
              checked={value === severity}
              onChange={() => onChange(symptom.id, severity)}
            />
            <span class="choice__face">{t(`record.severity.${severity}`)}</span>
          </label>
        ))}
      </div>
      <details class="about severity-row__about">
        <summary class="about__summary">
          {t('today.about')}
          <span class="visually-hidden">{t('today.aboutHidden', { name })}</span>
        </summary>
        <div class="about__body">
          <p>{symptom.description}</p>
          {symptom.timing && <p>{t('today.aboutTiming', { text: symptom.timing })}</p>}
          {symptom.tip && <p>{t('today.aboutTip', { text: symptom.tip })}</p>}
          {symptom.seekHelp && <p>{t('today.aboutHelp', { text: symptom.seekHelp })}</p>}
        </div>
      </details>
    </fieldset>
  );
}
