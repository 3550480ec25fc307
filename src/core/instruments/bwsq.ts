import type { AnswerOption, Instrument, InstrumentItem } from './instrument.js';

/**
 * BWSQ (Tyrer, Murphy & Riley 1990). Confirmed: 20 self-report items (the paper's abstract). UNCONFIRMED: the item
 * list below and the 0/1/2 scoring are from memory of the paper, not yet checked against it (clinical.md §5.2), and
 * no validated cut-off was found. So the app says this before the first question, shows the raw total only, and
 * gives no severity band.
 */
const PRESENCE: readonly AnswerOption[] = [{ value: 0 }, { value: 1 }, { value: 2 }];

const item = (id: string): InstrumentItem => ({ id, rater: 'self', scale: 'presence', options: PRESENCE });

export const bwsq: Instrument = {
  id: 'bwsq',
  shortName: 'BWSQ',
  timeFrame: 'past-few-days',
  // The page numbers are unconfirmed (clinical.md §5.2), so the citation gives the DOI instead.
  citation:
    'Tyrer P, Murphy S, Riley P. The Benzodiazepine Withdrawal Symptom Questionnaire. J Affect Disord 1990;19. doi:10.1016/0165-0327(90)90009-W.',
  sources: ['bwsq'],
  evidence: 'unconfirmed',
  items: [
    item('unreal'),
    item('noise'),
    item('light'),
    item('smell'),
    item('touch'),
    item('taste'),
    item('muscle-pain'),
    item('twitching'),
    item('shaking'),
    item('pins-and-needles'),
    item('dizziness'),
    item('faint'),
    item('sick'),
    item('depressed'),
    item('sore-eyes'),
    item('movement'),
    // Hallucinations while awake are a red flag of their own (red-flags.ts), whatever the total.
    { ...item('hallucinations'), redFlag: 'hallucinations' },
    item('control'),
    item('memory'),
    item('appetite'),
  ],
  unscored: [],
  bands: null,
};
