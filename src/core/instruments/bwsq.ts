import type { AnswerOption, Instrument, InstrumentItem } from './instrument.js';

/**
 * BWSQ (Tyrer, Murphy & Riley 1990). Confirmed: 20 self-report items (the paper's abstract). UNCONFIRMED: the item
 * list below and the 0/1/2 scoring are from memory of the paper, not yet checked against it (clinical.md §5.2), and
 * no validated cut-off was found. So the app says this before the first question, shows the raw total only, and
 * gives no severity band.
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
  timeFrame: 'past-few-days',
  // The page numbers are unconfirmed (clinical.md §5.2), so the citation gives the DOI instead.
  citation:
    'Tyrer P, Murphy S, Riley P. The Benzodiazepine Withdrawal Symptom Questionnaire. J Affect Disord 1990;19. doi:10.1016/0165-0327(90)90009-W.',
  sources: ['bwsq'],
  evidence: 'unconfirmed',
  evidenceNote:
    'The published questionnaire has 20 questions. The questions below, and their 0, 1, 2 scoring, were written from memory of the 1990 paper and are not yet checked against it, so they may differ from the original. There is no validated cut-off, so the app shows only your total, to compare with your own earlier totals.',
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
    // Hallucinations while awake are a red flag of their own (red-flags.ts), whatever the total.
    { ...item('hallucinations', 'Seeing or hearing things that are not there'), redFlag: 'hallucinations' },
    item('control', 'Not being able to control your movements'),
    item('memory', 'Losing your memory'),
    item('appetite', 'Losing your appetite'),
  ],
  unscored: [],
  bands: null,
};
