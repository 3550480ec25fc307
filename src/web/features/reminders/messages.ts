/** Words of the Reminders screen and the in-app reminder banner. */
import { messages } from '../../messages.js';

export const remindersText = {
  title: 'Reminders',
  intro:
    'Gentle reminders to check in and to take your doses: in your own calendar app, and in this app while it is open. Your times are kept on this device only.',
  checkinHeading: 'Daily check-in',
  checkinOn: 'Remind me to check in each day',
  checkinTime: 'Check-in time',
  checkinTimeHint: 'For example 20:00, when most of the day is behind you.',
  checkinTimeMissing: 'Please enter a time, or turn the check-in reminder off.',
  doseHeading: 'Dose times',
  doseIntro: (max: number) => `One reminder for each dose you take in a day, up to ${max}.`,
  noDoseTimes: 'No dose times yet.',
  doseTime: (n: number) => `Dose ${n}`,
  doseTimeMissing: 'Please enter a time, or remove this dose time.',
  doseTimeTaken: (time: string) => `There is already a dose reminder at ${time}. Please choose another time.`,
  addDoseTime: 'Add a dose time',
  doseTimeAdded: (n: number) => `Dose ${n} added.`,
  maxDoseTimes: (max: number) => `That is the most: ${max} a day.`,
  removeDoseTime: 'Remove',
  removeDoseTimeLabel: (n: number) => `Remove dose ${n}`,
  doseTimeRemoved: (n: number) => `Dose ${n} removed.`,
  inAppHeading: 'In this app',
  inApp: 'Remind me in the app while it is open',
  inAppHint:
    'A quiet note at the top of the screen once a time has passed, until you check in, log the dose, or dismiss it for today. No sound and no pop-ups.',
  save: 'Save reminders',
  saved: 'Saved on this device.',
  calendarHeading: 'In your calendar',
  calendarIntro:
    'Calendar reminders come from your phone’s or computer’s own calendar, so they go off even when Taper Companion is closed. The file holds only your times, nothing else about you.',
  calendarNothing: 'Turn on the check-in reminder or add a dose time to make a calendar file.',
  calendarLink: 'Download reminders for my calendar (.ics)',
  calendarSummary: (checkinTime: string | null, doseTimes: readonly string[]) => {
    const parts = [
      checkinTime === null ? '' : `check-in at ${checkinTime}`,
      doseTimes.length === 0 ? '' : `${doseTimes.length === 1 ? 'dose' : 'doses'} at ${messages.listText(doseTimes)}`,
    ];
    return `Every day: ${parts.filter((p) => p !== '').join('; ')}.`;
  },
  calendarUnsaved: 'You have changes that are not saved yet. Save them first so the file has your new times.',
  howHeading: 'How to add it to your calendar',
  howIphone: 'iPhone or iPad: tap the link, then Add All.',
  howAndroid:
    'Android: tap the link and open the file with your calendar app. If none will open it, use a computer: in Google Calendar on the web, go to Settings, then Import, and choose the file.',
  howComputer: 'Computer: open the file. Outlook, Apple Calendar and Thunderbird add it to your calendar.',
  howChange:
    'Changed your times? Download the file again and add it. If an old time still reminds you, delete that event in your calendar.',
  howStop: 'The reminders repeat every day. To stop them, delete them in your calendar.',
  dueCheckin: (time: string) => `It’s past ${time}: time for today’s check-in.`,
  dueDose: (time: string) => `It’s past ${time}: time for your ${time} dose, if you have not taken it yet.`,
  openToday: 'Open Today',
  dismiss: 'Dismiss',
  dismissCheckinLabel: 'Dismiss the check-in reminder for today',
  dismissDoseLabel: (time: string) => `Dismiss the ${time} dose reminder for today`,
} as const;
