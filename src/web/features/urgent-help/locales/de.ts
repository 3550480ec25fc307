import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'urgent.title': 'Jetzt Hilfe holen',
  'urgent.youSaid': 'Sie haben angegeben: {label}',
  'urgent.callHeading': 'Rufen Sie jetzt Ihren örtlichen Notruf an',
  'urgent.callIntro':
    'Tippen Sie auf eine Nummer, um sie anzurufen. Wenn Ihre anders ist, rufen Sie Ihren eigenen örtlichen Notruf an.',
  'urgent.callEmergency': '{number} anrufen ({area})',
  'urgent.callLine': '{number} anrufen ({who}, {area})',
  'urgent.crisisLine': 'Krisentelefon',
  'urgent.provider.samaritans': 'Samaritans',
  'urgent.area.europe': 'Europa',
  'urgent.area.northAmerica': 'Nordamerika',
  'urgent.area.uk': 'Vereinigtes Königreich',
  'urgent.area.us': 'USA',
  'urgent.area.ukAndIreland': 'Vereinigtes Königreich und Irland',
  'urgent.stepsHeading': 'Was zu tun ist',
  'urgent.planPaused':
    'Ihr Reduktionsplan ist pausiert: Es wird nicht weiter reduziert, bis Sie auf der Seite „Plan“ sagen, dass es sicher weitergehen kann.',

  'urgent.recording': 'Wird in Ihren Verlauf eingetragen …',
  'urgent.recorded': 'Um {time} in Ihren Verlauf eingetragen.',
  'urgent.queued':
    'Dies ist auf diesem Gerät gespeichert und wird in Ihren Verlauf eingetragen, sobald es gesendet werden kann. Die Schritte oben sind wichtiger.',
  'urgent.refused':
    'Dies konnte nicht in Ihren Verlauf eingetragen werden ({reason}). Die Schritte oben sind wichtiger.',
  'urgent.refusedLater':
    'Dies konnte nicht in Ihren Verlauf eingetragen werden (Ihr Konto hat es nicht angenommen; es bleibt auf diesem Gerät). Die Schritte oben sind wichtiger.',
  'urgent.notSignedIn':
    'Sie sind nicht angemeldet, deshalb wurde dies nicht in Ihren Verlauf eingetragen. Die Schritte oben sind wichtiger.',
  'urgent.undo': 'Rückgängig',
  'urgent.undoing': 'Wird aus Ihrem Verlauf entfernt …',
  'urgent.undone': 'Aus Ihrem Verlauf entfernt. Ihr Plan wird dadurch nicht pausiert.',
  'urgent.undoneOnDevice':
    'Auf diesem Gerät entfernt. Ihr Konto folgt, sobald es gesendet werden kann. Ihr Plan wird dadurch nicht pausiert.',
  'urgent.undoRefused': 'Dies konnte nicht aus Ihrem Verlauf entfernt werden ({reason}).',
  'urgent.back': 'Zurück zu heute',
  'urgent.backSignedOut': 'Zurück',
} as const satisfies Translation<typeof en>;
