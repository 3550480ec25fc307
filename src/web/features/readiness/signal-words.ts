/** Each readiness signal in plain words, from its code and value (the core sends codes and numbers only). */
import type { ReadinessAnswer } from '../../../api/insight-schemas.js';
import type { Translate } from '../../i18n/catalogue.js';
import type { Formats } from '../../i18n/formats.js';

export type Signal = ReadinessAnswer['signals'][number];

/** Points of burden (0-100) within this of the pre-cut level read as "about the same". */
const SAME_WITHIN = 1;

const numberOf = (value: Signal['value']) => (typeof value === 'number' ? value : null);

function burdenWords(t: Translate, f: Formats, value: number | null): string {
  if (value === null) return t('readiness.signal.burden-vs-baseline.none');
  if (Math.abs(value) < SAME_WITHIN) return t('readiness.signal.burden-vs-baseline.same');
  const points = f.number(Math.round(Math.abs(value)));
  return value > 0
    ? t('readiness.signal.burden-vs-baseline.above', { points })
    : t('readiness.signal.burden-vs-baseline.below', { points });
}

/** The CIWA-B bands by id (core instruments/ciwa-b.ts); another id is shown as it is. */
const BANDS = ['none', 'mild', 'moderate', 'severe', 'very-severe'] as const;

function questionnaireWords(t: Translate, value: Signal['value']): string {
  if (typeof value === 'string') {
    const known = BANDS.find((b) => b === value);
    return t('readiness.signal.questionnaire-band', { band: known ? t(`readiness.band.${known}`) : value });
  }
  if (typeof value === 'number') return t('readiness.signal.questionnaire-score', { score: value });
  return t('readiness.signal.questionnaire-band.none');
}

export function signalWords(t: Translate, f: Formats, signal: Signal): string {
  const value = numberOf(signal.value);
  switch (signal.code) {
    case 'days-since-last-cut':
      return value === null
        ? t('readiness.signal.days-since-last-cut.none')
        : t('readiness.signal.days-since-last-cut', { days: value });
    case 'burden-vs-baseline':
      return burdenWords(t, f, value);
    case 'trend-7-days':
      if (value === null) return t('readiness.signal.trend-7-days.none');
      return signal.status === 'ok'
        ? t('readiness.signal.trend-7-days.steady')
        : t('readiness.signal.trend-7-days.rising');
    case 'checkin-coverage':
      return t('readiness.signal.checkin-coverage', { count: value ?? 0 });
    case 'questionnaire-band':
      return questionnaireWords(t, signal.value);
    case 'red-flags-since-last-cut':
      return t('readiness.signal.red-flags-since-last-cut', { count: value ?? 0 });
    case 'missed-doses':
      return t('readiness.signal.missed-doses', { count: value ?? 0 });
  }
}
