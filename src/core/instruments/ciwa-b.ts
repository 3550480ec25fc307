import type { AnswerOption, Instrument, InstrumentItem } from './instrument.js';

/**
 * CIWA-B (Busto, Sykora & Sellers 1989). Item order, the 0-4 scale, the observer items and the bands are
 * from the hospital form summarised in shared/reference/clinical.md §5.1; wording here is our own.
 */
const AMOUNT: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'A little' },
  { value: 2, label: 'Moderately' },
  { value: 3, label: 'Quite a lot' },
  { value: 4, label: 'Very much' },
];

/** For the two sleep-quality items the scale runs the other way round: 4 is the worst night. */
const RESTFUL: readonly AnswerOption[] = [
  { value: 0, label: 'Very restful' },
  { value: 1, label: 'Mostly restful' },
  { value: 2, label: 'Somewhat restful' },
  { value: 3, label: 'Hardly restful' },
  { value: 4, label: 'Not restful at all' },
];
const ENOUGH: readonly AnswerOption[] = [
  { value: 0, label: 'Yes, plenty' },
  { value: 1, label: 'Mostly enough' },
  { value: 2, label: 'About half enough' },
  { value: 3, label: 'Much too little' },
  { value: 4, label: 'Not at all enough' },
];
const OBSERVED: readonly AnswerOption[] = [
  { value: 0, label: 'None' },
  { value: 1, label: 'Slight' },
  { value: 2, label: 'Moderate' },
  { value: 3, label: 'Marked' },
  { value: 4, label: 'Severe' },
];

const self = (id: string, text: string, options: readonly AnswerOption[] = AMOUNT): InstrumentItem => ({
  id,
  text,
  rater: 'self',
  options,
});
const observer = (id: string, text: string): InstrumentItem => ({ id, text, rater: 'observer', options: OBSERVED });

export const ciwaB: Instrument = {
  id: 'ciwa-b',
  name: 'Clinical Institute Withdrawal Assessment – Benzodiazepines',
  shortName: 'CIWA-B',
  intro: 'How have you felt today? Answer each question for how you are right now or since this morning.',
  timeFrame: 'today',
  citation:
    'Busto UE, Sykora K, Sellers EM. A clinical scale to assess benzodiazepine withdrawal. J Clin Psychopharmacol 1989;9(6):412-416.',
  sources: ['ciwa-b'],
  evidence: 'confirmed',
  evidenceNote:
    'Items, scale and bands follow a published hospital form of the CIWA-B. The last three items are meant to be rated by a trained observer; when you rate them yourself the result is not validated.',
  items: [
    self('irritable', 'How irritable do you feel?'),
    self('fatigued', 'How tired or worn out do you feel?'),
    self('tense', 'How tense do you feel?'),
    self('concentration', 'How hard is it to concentrate?'),
    self('appetite', 'How much have you lost your appetite?'),
    self('numbness', 'Do you have numbness or burning in your face, hands or feet?'),
    self('palpitations', 'Does your heart feel as if it is racing or pounding?'),
    self('head', 'Does your head feel full or achy?'),
    self('muscles', 'Do your muscles ache or feel stiff?'),
    self('anxious', 'How anxious, nervous or jittery do you feel?'),
    self('upset', 'How upset do you feel?'),
    self('restful-sleep', 'How restful was your sleep last night?', RESTFUL),
    self('weak', 'How weak do you feel?'),
    self('enough-sleep', 'Did you get enough sleep last night?', ENOUGH),
    self('vision', 'Do you have trouble with your eyes, such as light hurting or blurred sight?'),
    self('fearful', 'How fearful do you feel?'),
    self('worry', 'How much are you worrying that something bad will happen?'),
    observer('restlessness', 'Restlessness and agitation (observer item: watch how the person moves and sits).'),
    observer('tremor', 'Tremor (observer item: arms held out in front, fingers spread).'),
    observer('sweating', 'Sweating (observer item: feel the palms).'),
  ],
  unscored: [
    { id: 'hours-slept', text: 'How many hours did you sleep last night?', unit: 'hours', max: 24 },
    { id: 'minutes-to-sleep', text: 'How many minutes did it take you to fall asleep?', unit: 'minutes', max: 720 },
  ],
  bands: [
    { min: 0, max: 0, id: 'none', label: 'No signs of withdrawal' },
    { min: 1, max: 20, id: 'mild', label: 'Mild' },
    { min: 21, max: 40, id: 'moderate', label: 'Moderate' },
    { min: 41, max: 60, id: 'severe', label: 'Severe', contactClinician: true },
    { min: 61, max: 80, id: 'very-severe', label: 'Very severe', contactClinician: true },
  ],
};
