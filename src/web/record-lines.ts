/**
 * A day's record in plain lines, the same wherever it is shown: History's day rows, Today's dose list, and an
 * entry the account refused (components/sync-status.tsx). Words from the shell's catalogue (locales/, `record.`).
 */
import type { DoseView } from '../api/dose-schemas.js';
import type { Checkin } from '../api/schemas.js';
import { isSeverity, type Severity } from '../core/index.js';
import type { I18n } from './i18n/i18n-context.js';

type Words = Pick<I18n, 't' | 'f'>;

/** "3 symptoms rated, highest: Moderate." */
export function symptomsLine({ t }: Words, symptoms: Checkin['symptoms']): string {
  const ratings = Object.values(symptoms).filter(isSeverity);
  const highest: Severity = ratings.length ? (Math.max(...ratings) as Severity) : 0;
  return t('record.symptoms', { rated: ratings.length, highest: t(`record.severity.${highest}`) });
}

/** "Slept 7.5 h." */
export const sleepLine = ({ t, f }: Words, hours: number | null): string =>
  hours === null ? t('record.noSleep') : t('record.sleep', { hours: f.number(hours) });

/** "Dose 0.5 mg." */
export const doseFieldLine = ({ t, f }: Words, mg: number | null): string =>
  mg === null ? t('record.noDose') : t('record.dose', { mg: f.mg(mg) });

/** "0.5 mg (drops) at 08:15"; `what` is the amount in words (named by medicine during a switch). */
export function doseLine({ t, f }: Words, what: string, dose: Pick<DoseView, 'takenAt' | 'form'>): string {
  const time = f.time(dose.takenAt);
  return dose.form
    ? t('record.doseLineForm', { what, time, form: t(`record.form.${dose.form}`) })
    : t('record.doseLine', { what, time });
}
