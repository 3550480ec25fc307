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

  // Every questionnaire is for monitoring only: the app never turns a score into a dose decision.
  'questionnaires.monitoringOnly':
    'This questionnaire helps you and your prescriber see how withdrawal symptoms change over time. It does not decide anything about your dose.',

  // The questionnaires' own words, by the ids the server sends (instrument-words.ts). Ours, faithful to the published items.
  'instrument.ciwa-b.name': 'Clinical Institute Withdrawal Assessment – Benzodiazepines',
  'instrument.ciwa-b.evidenceNote':
    'Items, scale and bands follow a published hospital form of the CIWA-B. The last three items are meant to be rated by a trained observer; when you rate them yourself the result is not validated.',
  'instrument.ciwa-b.item.irritable': 'How irritable do you feel?',
  'instrument.ciwa-b.item.fatigued': 'How tired or worn out do you feel?',
  'instrument.ciwa-b.item.tense': 'How tense do you feel?',
  'instrument.ciwa-b.item.concentration': 'How hard is it to concentrate?',
  'instrument.ciwa-b.item.appetite': 'How much have you lost your appetite?',
  'instrument.ciwa-b.item.numbness': 'Do you have numbness or burning in your face, hands or feet?',
  'instrument.ciwa-b.item.palpitations': 'Does your heart feel as if it is racing or pounding?',
  'instrument.ciwa-b.item.head': 'Does your head feel full or achy?',
  'instrument.ciwa-b.item.muscles': 'Do your muscles ache or feel stiff?',
  'instrument.ciwa-b.item.anxious': 'How anxious, nervous or jittery do you feel?',
  'instrument.ciwa-b.item.upset': 'How upset do you feel?',
  'instrument.ciwa-b.item.restful-sleep': 'How restful was your sleep last night?',
  'instrument.ciwa-b.item.weak': 'How weak do you feel?',
  'instrument.ciwa-b.item.enough-sleep': 'Did you get enough sleep last night?',
  'instrument.ciwa-b.item.vision': 'Do you have trouble with your eyes, such as light hurting or blurred sight?',
  'instrument.ciwa-b.item.fearful': 'How fearful do you feel?',
  'instrument.ciwa-b.item.worry': 'How much are you worrying that something bad will happen?',
  'instrument.ciwa-b.item.restlessness':
    'Restlessness and agitation (observer item: watch how the person moves and sits).',
  'instrument.ciwa-b.item.tremor': 'Tremor (observer item: arms held out in front, fingers spread).',
  'instrument.ciwa-b.item.sweating': 'Sweating (observer item: feel the palms).',
  'instrument.ciwa-b.unscored.hours-slept': 'How many hours did you sleep last night?',
  'instrument.ciwa-b.unscored.minutes-to-sleep': 'How many minutes did it take you to fall asleep?',
  'instrument.ciwa-b.band.none': 'No signs of withdrawal',
  'instrument.ciwa-b.band.mild': 'Mild',
  'instrument.ciwa-b.band.moderate': 'Moderate',
  'instrument.ciwa-b.band.severe': 'Severe',
  'instrument.ciwa-b.band.very-severe': 'Very severe',
  'instrument.scale.amount.0': 'Not at all',
  'instrument.scale.amount.1': 'A little',
  'instrument.scale.amount.2': 'Moderately',
  'instrument.scale.amount.3': 'Quite a lot',
  'instrument.scale.amount.4': 'Very much',
  'instrument.scale.restful.0': 'Very restful',
  'instrument.scale.restful.1': 'Mostly restful',
  'instrument.scale.restful.2': 'Somewhat restful',
  'instrument.scale.restful.3': 'Hardly restful',
  'instrument.scale.restful.4': 'Not restful at all',
  'instrument.scale.enough.0': 'Yes, plenty',
  'instrument.scale.enough.1': 'Mostly enough',
  'instrument.scale.enough.2': 'About half enough',
  'instrument.scale.enough.3': 'Much too little',
  'instrument.scale.enough.4': 'Not at all enough',
  'instrument.scale.observed.0': 'None',
  'instrument.scale.observed.1': 'Slight',
  'instrument.scale.observed.2': 'Moderate',
  'instrument.scale.observed.3': 'Marked',
  'instrument.scale.observed.4': 'Severe',
  'instrument.bwsq.name': 'Benzodiazepine Withdrawal Symptom Questionnaire',
  'instrument.bwsq.evidenceNote':
    'The published questionnaire has 20 questions. The questions below, and their 0, 1, 2 scoring, were written from memory of the 1990 paper and are not yet checked against it, so they may differ from the original. There is no validated cut-off, so the app shows only your total, to compare with your own earlier totals.',
  'instrument.bwsq.item.unreal': 'Feeling unreal, or as if things around you are not real',
  'instrument.bwsq.item.noise': 'Being very sensitive to noise',
  'instrument.bwsq.item.light': 'Being very sensitive to light',
  'instrument.bwsq.item.smell': 'Being very sensitive to smells',
  'instrument.bwsq.item.touch': 'Being very sensitive to touch',
  'instrument.bwsq.item.taste': 'A strange taste in your mouth',
  'instrument.bwsq.item.muscle-pain': 'Pain in your muscles',
  'instrument.bwsq.item.twitching': 'Muscles twitching',
  'instrument.bwsq.item.shaking': 'Shaking or trembling',
  'instrument.bwsq.item.pins-and-needles': 'Pins and needles',
  'instrument.bwsq.item.dizziness': 'Feeling dizzy',
  'instrument.bwsq.item.faint': 'Feeling faint',
  'instrument.bwsq.item.sick': 'Feeling sick',
  'instrument.bwsq.item.depressed': 'Feeling low or depressed',
  'instrument.bwsq.item.sore-eyes': 'Sore eyes',
  'instrument.bwsq.item.movement': 'Feeling that still things are moving',
  'instrument.bwsq.item.hallucinations': 'Seeing or hearing things that are not there',
  'instrument.bwsq.item.control': 'Not being able to control your movements',
  'instrument.bwsq.item.memory': 'Losing your memory',
  'instrument.bwsq.item.appetite': 'Losing your appetite',
  'instrument.scale.presence.0': 'No',
  'instrument.scale.presence.1': 'Yes, moderately',
  'instrument.scale.presence.2': 'Yes, severely',
} as const;
