import type { AnswerOption, Instrument, InstrumentItem } from './instrument.js';

/**
 * BWSQ (Tyrer, Murphy & Riley 1990): 20 self-report items. The item list and the 0/1/2 scoring come from
 * secondary sources (shared/reference/clinical.md §5.2 marks them unconfirmed), so the app says so, shows the
 * raw total only, and gives no severity band.
 */
const PRESENCE: readonly AnswerOption[] = [
  { value: 0, label: 'No' },
  { value: 1, label: 'Yes, moderately' },
  { value: 2, label: 'Yes, severely' },
];

const item = (id: string, text: string): InstrumentItem => ({ id, text, rater: 'self', options: PRESENCE });

export const bwsq: Instrument = {
  id: 'bwsq',
  name: 'Benzodiazepine Withdrawal Symptom Questionnaire',
  shortName: 'BWSQ',
  intro: 'Since your last dose change, have you had any of these? Answer for the past few days.',
  citation: 'Tyrer P, Murphy S, Riley P. The Benzodiazepine Withdrawal Symptom Questionnaire. J Affect Disord 1990;19:53-61.',
  evidence: 'secondary',
  evidenceNote:
    'The list of questions and the 0-1-2 scoring are taken from secondary sources, not yet checked against the original paper. The app shows the total only; no cut-off has been validated.',
  items: [
    item('unreal', 'Feeling unreal, or as if things around you are not real'),
    item('noise', 'Being very sensitive to noise'),
    item('light', 'Being very sensitive to light'),
    item('smell', 'Being very sensitive to smells'),
    item('touch', 'Being very sensitive to touch'),
    item('taste', 'A strange taste in your mouth'),
    item('muscle-pain', 'Pain in your muscles'),
    item('twitching', 'Muscles twitching'),
    item('shaking', 'Shaking or trembling'),
    item('pins-and-needles', 'Pins and needles'),
    item('dizziness', 'Feeling dizzy'),
    item('faint', 'Feeling faint'),
    item('sick', 'Feeling sick'),
    item('depressed', 'Feeling low or depressed'),
    item('sore-eyes', 'Sore eyes'),
    item('movement', 'Feeling that still things are moving'),
    item('hallucinations', 'Seeing or hearing things that are not there'),
    item('control', 'Not being able to control your movements'),
    item('memory', 'Losing your memory'),
    item('appetite', 'Losing your appetite'),
  ],
  unscored: [],
  bands: null,
};
