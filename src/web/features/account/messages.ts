/** Words of the Account screen: the password, where the person is signed in, and deleting the account. */

const WEEKDAY_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

export const accountText = {
  title: 'Your account',
  signedInAs: (email: string) => `Signed in as ${email}.`,
  passwordMissing: 'Please enter your current password.',
  working: 'One moment…',
  changeHeading: 'Change your password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  changeButton: 'Change password',
  changed: 'Your password is changed. Any other devices were signed out; this one stays signed in.',
  devicesHeading: 'Where you are signed in',
  devicesIntro: 'Each time you sign in on a browser or phone, it shows here.',
  devicesLoading: 'Loading the list…',
  devicesFailed: (reason: string) => `The list could not be loaded. ${reason}`,
  thisDevice: 'This device',
  otherDevice: 'Another device',
  signedInWhen: (when: string) => `Signed in ${when}`,
  lastUsedWhen: (when: string) => `Last used ${when}`,
  when: (then: Date, daysAgo: number) => {
    const time = TIME.format(then);
    if (daysAgo <= 0) return `today at ${time}`;
    if (daysAgo === 1) return `yesterday at ${time}`;
    return `on ${WEEKDAY_DATE.format(then)} at ${time}`;
  },
  endSession: 'Sign out on that device',
  endSessionLabel: (device: string) => `Sign out on that device (${device})`,
  endingSession: 'Signing out…',
  sessionEnded: (device: string) => `Signed out on ${device}.`,
  noOtherDevices: 'You are not signed in anywhere else.',
  everywhereHint:
    'Lost a phone, or used a shared computer? This signs you out on every device, this one too. You then sign in again here.',
  everywhereButton: 'Sign out everywhere, this device too',
  everywhereDone: 'You were signed out on every device, this one too.',
  deleteHeading: 'Delete your account',
  deleteWhat:
    'Deleting your account erases everything in it from the server, for good: your check-ins, doses, plan, questionnaires and notes. It cannot be undone.',
  deleteDevice: 'Entries kept only on this device, not sent yet, are cleared too.',
  deleteCopy:
    'If you want to keep your plan, print it from the Plan screen first. There is no way yet to download your check-ins.',
  deletePassword: 'Your password, to confirm',
  deletePasswordHint: 'Type it, then a button to delete appears below.',
  deleteButton: 'Delete my account and everything in it, for good',
  deleting: 'Deleting…',
  deleted: 'Your account and everything in it were deleted.',
} as const;
