/**
 * Words of the questionnaire screen, its result (components/assessment-result.tsx) and a past result's line (also
 * in the sync status). The questions, options and band names are the instrument's own, sent by the server.
 */
export const en = {
  'questionnaires.title': 'Questionnaires',
  'questionnaires.intro': 'Choose a questionnaire. It takes a few minutes.',
  'questionnaires.loading': 'Loading questionnaires…',
  'questionnaires.loadFailed': 'The questionnaires could not be loaded. {reason}',
  'questionnaires.choose': 'Which questionnaire?',

  // The form.
  'questionnaires.timeFrame.today': 'Answer for today: how you are right now, or since this morning.',
  'questionnaires.timeFrame.pastFewDays': 'Answer for the past few days.',
  'questionnaires.evidence.secondary': 'Questions from secondary sources',
  'questionnaires.evidence.unchecked': 'These questions are not yet checked against the original paper',
  'questionnaires.question': 'Question {n} of {total}',
  'questionnaires.observer': 'Meant for a trained observer; your own rating is not validated.',
  'questionnaires.optionalHeading': 'About your sleep (not scored)',
  'questionnaires.hours': 'Hours',
  'questionnaires.minutes': 'Minutes',
  'questionnaires.numberInvalid': 'Please enter a number from 0 to {max}, or leave it empty.',
  'questionnaires.citation': 'Source: {text}',
  'questionnaires.draftKept':
    'Your answers are kept on this device until you save them, also if you leave this screen.',
  'questionnaires.submit': 'Save answers',
  'questionnaires.saving': 'Saving…',
  'questionnaires.unanswered':
    '{count, plural, one {Please answer every question. # question is still open.} other {Please answer every question. # questions are still open.}}',

  // An answer that may itself be a red flag.
  'questionnaires.redFlagHeading': 'This may need help now',
  'questionnaires.redFlagIntro':
    'You answered that you see or hear things that are not there. If this happens while you are awake, get help now. You do not need to finish the questionnaire first.',
  'questionnaires.redFlagTap': 'If it is happening now, tap this to see what to do:',

  // The result.
  'questionnaires.resultHeading': 'Your result',
  'questionnaires.score': 'Score: {score} of {max}.',
  'questionnaires.band': 'Band: {label}.',
  'questionnaires.totalOnly':
    'There is no validated cut-off for this questionnaire, so it gives a total only, without bands.',
  'questionnaires.resultUnchecked':
    'The questions and scoring are not yet checked against the original paper. Compare this total only with your own earlier totals.',
  'questionnaires.savedOnDevice': 'Saved on this device. It will be added to your account as soon as it can be sent.',
  'questionnaires.contactClinician':
    'This score is in the severe or very severe band. Please contact your prescriber or another clinician today and tell them your score. If you have a seizure, confusion, hallucinations or thoughts of harming yourself, call your local emergency number now.',

  // Past results.
  'questionnaires.pastHeading': 'Past results',
  'questionnaires.noPast': 'No results yet.',
  'questionnaires.pastLine': '{date}: {score} of {max}',
  'questionnaires.pastLineBand': '{date}: {score} of {max}, {band}',
  'questionnaires.notSent': 'not sent yet',
} as const;
