/** The questionnaire screen's own words: the time frame, the kept draft and an answer that is a red flag. */
import type { InstrumentView } from '../../../api/assessment-schemas.js';

const TIME_FRAMES: Readonly<Record<InstrumentView['timeFrame'], string>> = {
  today: 'Answer for today: how you are right now, or since this morning.',
  'past-few-days': 'Answer for the past few days.',
};

export const questionnaireMessages = {
  /** Undefined for a time frame this version does not know (a copy kept from an older server has none). */
  timeFrame: (frame: string | undefined): string | undefined =>
    frame === undefined ? undefined : (TIME_FRAMES as Record<string, string | undefined>)[frame],
  draftKept: 'Your answers are kept on this device until you save them, also if you leave this screen.',
  redFlagHeading: 'This may need help now',
  redFlagIntro:
    'You answered that you see or hear things that are not there. If this happens while you are awake, get help now. You do not need to finish the questionnaire first.',
  redFlagTap: 'If it is happening now, tap this to see what to do:',
} as const;
