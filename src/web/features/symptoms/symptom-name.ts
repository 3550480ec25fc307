/**
 * A symptom's name in the active language: a catalogue symptom by its id (`symptom.tremor`), one of the person's
 * own by the name they gave it. The server's `name` for a catalogue symptom is only its English default.
 */
import type { MySymptom } from '../../../api/schemas.js';
import { knownWord, type Translate } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Named = Pick<MySymptom, 'id' | 'name'> & { readonly own?: boolean };

export function symptomName(t: Translate, symptom: Named): string {
  const id = `symptom.${symptom.id}`;
  return symptom.own === true ? symptom.name : (knownWord(t, id) ?? symptom.name);
}

export function useSymptomName(): (symptom: Named) => string {
  const { t } = useI18n();
  return (symptom) => symptomName(t, symptom);
}
