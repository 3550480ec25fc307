/** Words of the first run after sign-up: how to start, what to track, a daily reminder. */

export const firstRunText = {
  progress: (step: number, of: number) => `Step ${step} of ${of}`,
  skip: 'Skip for now',
  back: 'Back',
  next: 'Next',
  laterNote: 'You can change all of this later.',

  startTitle: 'How would you like to start?',
  startIntro: 'Choose one. There is no wrong answer.',
  startPlan: 'Make a taper plan',
  startPlanHint: 'Plan slow, gentle steps down. The Plan screen opens at the end of these steps.',
  startDose: 'My prescriber gave me a dose',
  startDoseHint: 'Enter the dose you take now. The app keeps it as it is and never plans a cut.',
  startJournal: 'Just keep a journal for now',
  startJournalHint: 'Note how you feel each day. You can make a plan whenever you like.',

  doseTitle: 'The dose your prescriber gave you',
  doseIntro: 'The app keeps this dose every day. It plans no cuts; change it whenever your prescriber does.',
  medicineLabel: 'Medicine',
  formLabel: 'Form',
  doseLabel: 'Today’s dose (mg)',
  doseHint: 'All of it over one day, for example 2 or 0.75.',
  aboveUsual:
    'This is far above the usual range for this medicine. Please check the number against what your prescriber wrote.',
  saveDose: 'Save this dose',
  savingDose: 'Saving…',
  savedDose: 'Saved. Today will show this dose.',
  notSaved: (reason: string) => `The dose was not saved. ${reason}`,

  trackTitle: 'What would you like to track?',
  trackIntro: 'These appear on Today, one row each. The most common ones are already chosen.',
  trackLater: 'Change these later in “What I track”, where there are more to choose from.',
  trackLoading: 'Loading symptoms…',
  trackFailed: (reason: string) => `The symptoms could not be loaded. ${reason} You can choose them later in Symptoms.`,

  reminderTitle: 'A daily reminder?',
  reminderIntro: 'A quiet note in the app once the time has passed, until you have checked in. No sound.',
  reminderOn: 'Remind me to check in each day',
  reminderTime: 'Check-in time',
  reminderTimeHint: 'For example 20:00, when most of the day is behind you.',
  reminderTimeMissing: 'Please enter a time, or turn the reminder off.',
  finish: 'Done: go to Today',
  finishToPlan: 'Done: make my plan',
} as const;
