import type { AnswerOption, AnswerScale, Instrument, InstrumentItem } from './instrument.js';

/**
 * CIWA-B (Busto, Sykora & Sellers 1989). Item order, the 0-4 scale, the observer items and the bands are
 * from the hospital form summarised in shared/reference/clinical.md §5.1; wording here is our own.
 */
const ZERO_TO_FOUR: readonly AnswerOption[] = [0, 1, 2, 3, 4].map((value) => ({ value }));

// 'restful' and 'enough' (the two sleep-quality items) run the other way round: 4 is the worst night.
const self = (id: string, scale: AnswerScale = 'amount'): InstrumentItem => ({
  id,
  rater: 'self',
  scale,
  options: ZERO_TO_FOUR,
});
const observer = (id: string): InstrumentItem => ({ id, rater: 'observer', scale: 'observed', options: ZERO_TO_FOUR });

export const ciwaB: Instrument = {
  id: 'ciwa-b',
  shortName: 'CIWA-B',
  timeFrame: 'today',
  citation:
    'Busto UE, Sykora K, Sellers EM. A clinical scale to assess benzodiazepine withdrawal. J Clin Psychopharmacol 1989;9(6):412-416.',
  sources: ['ciwa-b'],
  evidence: 'confirmed',
  items: [
    self('irritable'),
    self('fatigued'),
    self('tense'),
    self('concentration'),
    self('appetite'),
    self('numbness'),
    self('palpitations'),
    self('head'),
    self('muscles'),
    self('anxious'),
    self('upset'),
    self('restful-sleep', 'restful'),
    self('weak'),
    self('enough-sleep', 'enough'),
    self('vision'),
    self('fearful'),
    self('worry'),
    observer('restlessness'),
    observer('tremor'),
    observer('sweating'),
  ],
  unscored: [
    { id: 'hours-slept', unit: 'hours', max: 24 },
    { id: 'minutes-to-sleep', unit: 'minutes', max: 720 },
  ],
  bands: [
    { min: 0, max: 0, id: 'none' },
    { min: 1, max: 20, id: 'mild' },
    { min: 21, max: 40, id: 'moderate' },
    { min: 41, max: 60, id: 'severe', contactClinician: true },
    { min: 61, max: 80, id: 'very-severe', contactClinician: true },
  ],
};
