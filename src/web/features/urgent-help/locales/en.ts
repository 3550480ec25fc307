/** The urgent-help screen's words: what to do now, the calling links and whether the event is in the history. */
export const en = {
  'urgent.title': 'Get help now',
  'urgent.youSaid': 'You told us: {label}',
  'urgent.callHeading': 'Call your local emergency number now',
  'urgent.callIntro': 'Tap a number to call it. If yours is different, call your own local emergency number.',
  // "Call 112 (Europe)", "Call 988 (crisis line, US)", "Call 116 123 (Samaritans, UK and Ireland)".
  'urgent.callEmergency': 'Call {number} ({area})',
  'urgent.callLine': 'Call {number} ({who}, {area})',
  'urgent.crisisLine': 'crisis line',
  'urgent.provider.samaritans': 'Samaritans',
  'urgent.area.europe': 'Europe',
  'urgent.area.northAmerica': 'North America',
  'urgent.area.uk': 'the UK',
  'urgent.area.us': 'US',
  'urgent.area.ukAndIreland': 'UK and Ireland',
  'urgent.stepsHeading': 'What to do',
  'urgent.planPaused':
    'Your taper plan is paused: no cut happens until you say it is safe to go on, on the Plan screen.',

  // The line under the steps: whether the event reached the history.
  'urgent.recording': 'Adding this to your history…',
  'urgent.recorded': 'Added to your history at {time}.',
  'urgent.queued':
    'This is kept on this device and will be added to your history as soon as it can be sent. The steps above matter more.',
  'urgent.refused': 'This could not be added to your history ({reason}). The steps above matter more.',
  'urgent.refusedLater':
    'This could not be added to your history (your account did not accept it; it is kept on this device). The steps above matter more.',
  'urgent.notSignedIn': 'You are not signed in, so this was not added to your history. The steps above matter more.',
  'urgent.undo': 'Undo',
  'urgent.undoing': 'Removing it from your history…',
  'urgent.undone': 'Removed from your history. It does not pause your plan.',
  'urgent.undoneOnDevice':
    'Removed on this device. Your account follows as soon as it can be sent. It does not pause your plan.',
  'urgent.undoRefused': 'This could not be removed from your history ({reason}).',
  'urgent.back': 'Back to today',
  'urgent.backSignedOut': 'Back',
} as const;
