/** History's own words for the serious events it lists (the day rows use messages.history). */
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export const historyMessages = {
  eventsHeading: 'Serious events you recorded',
  noEvents: 'No serious events recorded.',
  eventsFailed: (reason: string) => `Your serious events could not be loaded. ${reason}`,
  when: (at: string) => DATE_TIME.format(new Date(at)),
  confirmed: (at: string) => `You said it was safe to go on with your plan on ${DATE.format(new Date(at))}.`,
  pausing: 'Your plan is paused for it until you say it is safe to go on.',
  notSent: 'Kept on this device, not yet in your account.',
} as const;
