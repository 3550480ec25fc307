/**
 * History's words for the serious events it lists. The day rows still read messages.history
 * (src/web/messages.ts, English) until they move here.
 */
export const en = {
  'history.eventsHeading': 'Serious events you recorded',
  'history.noEvents': 'No serious events recorded.',
  'history.eventsFailed': 'Your serious events could not be loaded. {reason}',
  'history.confirmed': 'You said it was safe to go on with your plan on {date}.',
  'history.pausing': 'Your plan is paused for it until you say it is safe to go on.',
  'history.eventNotSent': 'Kept on this device, not yet in your account.',
} as const;
