import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'history.eventsHeading': 'Ernste Ereignisse, die Sie eingetragen haben',
  'history.noEvents': 'Keine ernsten Ereignisse eingetragen.',
  'history.eventsFailed': 'Ihre ernsten Ereignisse konnten nicht geladen werden. {reason}',
  'history.confirmed': 'Am {date} haben Sie gesagt, dass Sie Ihren Plan sicher fortsetzen können.',
  'history.pausing': 'Ihr Plan ist deshalb pausiert, bis Sie sagen, dass Sie ihn sicher fortsetzen können.',
  'history.eventNotSent': 'Auf diesem Gerät gespeichert, noch nicht in Ihrem Konto.',
} as const satisfies Translation<typeof en>;
