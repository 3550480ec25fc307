import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'sync.rejected': '{what} konnte nicht in Ihr Konto übernommen werden: {reason}',
  'sync.rejectedHint':
    'Es bleibt auf diesem Gerät gespeichert. Entfernen Sie es, sobald Sie sich notiert haben, was Sie davon brauchen.',
  'sync.eventContent': '„{kind}“, eingetragen um {time} am {date}.',
  'sync.discard': 'Von diesem Gerät entfernen',
  'sync.discardLabel': 'Von diesem Gerät entfernen: {what}',
  'sync.what.checkin': 'Der Tageseintrag für {date}',
  'sync.what.dose': 'Eine Dosis von {mg}',
  'sync.what.doseDelete': 'Das Zurücknehmen einer Dosis',
  'sync.what.assessment': 'Ein {name}-Fragebogen',
  'sync.what.event': 'Ein ernstes Ereignis',
  'sync.what.eventDelete': 'Das Zurücknehmen eines ernsten Ereignisses',
} as const satisfies Translation<typeof en>;
