/** Words of the Reminders screen and the in-app reminder banner. */
export const en = {
  'reminders.title': 'Reminders',
  'reminders.intro':
    'Gentle reminders to check in and to take your doses: in your own calendar app, and in this app while it is open. Your times are kept on this device only.',

  // Check-in reminder
  'reminders.checkinHeading': 'Daily check-in',
  'reminders.checkinOn': 'Remind me to check in each day',
  'reminders.checkinTime': 'Check-in time',
  'reminders.checkinTimeHint': 'For example 20:00, when most of the day is behind you.',
  'reminders.checkinTimeMissing': 'Please enter a time, or turn the check-in reminder off.',

  // Dose times
  'reminders.doseHeading': 'Dose times',
  'reminders.doseIntro': 'One reminder for each dose you take in a day, up to {max}.',
  'reminders.noDoseTimes': 'No dose times yet.',
  'reminders.doseTime': 'Dose {n}',
  'reminders.doseTimeMissing': 'Please enter a time, or remove this dose time.',
  'reminders.doseTimeTaken': 'There is already a dose reminder at {time}. Please choose another time.',
  'reminders.addDoseTime': 'Add a dose time',
  'reminders.doseTimeAdded': 'Dose {n} added.',
  'reminders.maxDoseTimes': 'That is the most: {max} a day.',
  'reminders.removeDoseTime': 'Remove',
  'reminders.removeDoseTimeLabel': 'Remove dose {n}',
  'reminders.doseTimeRemoved': 'Dose {n} removed.',

  // In the app
  'reminders.inAppHeading': 'In this app',
  'reminders.inApp': 'Remind me in the app while it is open',
  'reminders.inAppHint':
    'A quiet note at the top of the screen once a time has passed, until you check in, log the dose, or dismiss it for today. No sound and no pop-ups.',
  'reminders.save': 'Save reminders',
  'reminders.saved': 'Saved on this device.',

  // In the calendar
  'reminders.calendarHeading': 'In your calendar',
  'reminders.calendarIntro':
    'Calendar reminders come from your phone’s or computer’s own calendar, so they go off even when Taper Companion is closed. The file holds only your times, nothing else about you.',
  'reminders.calendarNothing': 'Turn on the check-in reminder or add a dose time to make a calendar file.',
  'reminders.calendarLink': 'Download reminders for my calendar (.ics)',
  'reminders.calendarCheckin': 'Every day: check-in at {checkin}.',
  'reminders.calendarDoses': 'Every day: {count, plural, one {dose} other {doses}} at {times}.',
  'reminders.calendarBoth': 'Every day: check-in at {checkin}; {count, plural, one {dose} other {doses}} at {times}.',
  'reminders.calendarUnsaved':
    'You have changes that are not saved yet. Save them first so the file has your new times.',
  'reminders.howHeading': 'How to add it to your calendar',
  'reminders.howIphone': 'iPhone or iPad: tap the link, then Add All.',
  'reminders.howAndroid':
    'Android: tap the link and open the file with your calendar app. If none will open it, use a computer: in Google Calendar on the web, go to Settings, then Import, and choose the file.',
  'reminders.howComputer': 'Computer: open the file. Outlook, Apple Calendar and Thunderbird add it to your calendar.',
  'reminders.howChange':
    'Changed your times? Download the file again and add it. If an old time still reminds you, delete that event in your calendar.',
  'reminders.howStop': 'The reminders repeat every day. To stop them, delete them in your calendar.',

  // The banner
  'reminders.dueCheckin': 'It’s past {time}: time for today’s check-in.',
  'reminders.dueDose': 'It’s past {time}: time for your {time} dose, if you have not taken it yet.',
  'reminders.openToday': 'Open Today',
  'reminders.dismiss': 'Dismiss',
  'reminders.dismissCheckinLabel': 'Dismiss the check-in reminder for today',
  'reminders.dismissDoseLabel': 'Dismiss the {time} dose reminder for today',
} as const;
