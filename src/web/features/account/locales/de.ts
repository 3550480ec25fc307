import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'account.title': 'Ihr Konto',
  'account.signedInAs': 'Angemeldet als {email}.',
  'account.passwordMissing': 'Bitte geben Sie Ihr aktuelles Passwort ein.',
  'account.working': 'Einen Moment…',

  'account.changeHeading': 'Passwort ändern',
  'account.currentPassword': 'Aktuelles Passwort',
  'account.newPassword': 'Neues Passwort',
  'account.changeButton': 'Passwort ändern',
  'account.changed':
    'Ihr Passwort ist geändert. Auf allen anderen Geräten wurden Sie abgemeldet; auf diesem bleiben Sie angemeldet.',

  'account.devicesHeading': 'Wo Sie angemeldet sind',
  'account.devicesIntro': 'Jedes Mal, wenn Sie sich in einem Browser oder auf einem Telefon anmelden, steht es hier.',
  'account.devicesLoading': 'Die Liste wird geladen…',
  'account.devicesFailed': 'Die Liste konnte nicht geladen werden. {reason}',
  'account.thisDevice': 'Dieses Gerät',
  'account.signedInToday': 'Angemeldet heute um {time} Uhr',
  'account.signedInYesterday': 'Angemeldet gestern um {time} Uhr',
  'account.signedInOn': 'Angemeldet am {day} um {time} Uhr',
  'account.lastUsedToday': 'Zuletzt benutzt heute um {time} Uhr',
  'account.lastUsedYesterday': 'Zuletzt benutzt gestern um {time} Uhr',
  'account.lastUsedOn': 'Zuletzt benutzt am {day} um {time} Uhr',
  'account.endSession': 'Auf diesem Gerät abmelden',
  'account.endSessionLabel': 'Auf diesem Gerät abmelden ({device})',
  'account.endingSession': 'Wird abgemeldet…',
  'account.sessionEnded': 'Auf {device} abgemeldet.',
  'account.otherDevices':
    '{count, plural, =0 {Sie sind nirgendwo sonst angemeldet.} one {Sie sind noch auf # weiteren Gerät angemeldet.} other {Sie sind noch auf # weiteren Geräten angemeldet.}}',
  'account.everywhereHint':
    'Telefon verloren oder einen fremden Computer benutzt? Hiermit werden Sie auf allen Geräten abgemeldet, auch auf diesem. Danach melden Sie sich hier wieder an.',
  'account.everywhereButton': 'Überall abmelden, auch auf diesem Gerät',
  'account.everywhereDone': 'Sie wurden auf allen Geräten abgemeldet, auch auf diesem.',

  'account.downloadHeading': 'Alles herunterladen',
  'account.downloadWhat':
    'Eine Datei mit allem, was Sie hier festgehalten haben: Tageseinträge mit ihren früheren Fassungen, Dosen, Pläne und Pausen, Fragebögen, Warnzeichen und Ihre eigenen Symptome. Sie gehört Ihnen – zum Aufbewahren oder für einen anderen Taper-Companion-Server.',
  'account.downloadButton': 'Meine Einträge herunterladen (JSON-Datei)',
  'account.downloadOtherHeading': 'Für eine Tabellenkalkulation oder eine Gesundheitsakte',
  'account.downloadOtherWhat':
    'Dieselben Einträge als Tabellen für eine Tabellenkalkulation, je eine Datei, oder als eine FHIR-Datei, die Systeme für Gesundheitsakten lesen. Darin fehlen frühere Fassungen eines Tages und Ihre früheren Pläne: Dafür bewahren Sie die JSON-Datei auf.',
  'account.downloadCheckinsCsv': 'Tageseinträge (CSV-Tabelle)',
  'account.downloadDosesCsv': 'Dosen (CSV-Tabelle)',
  'account.downloadQuestionnairesCsv': 'Fragebögen (CSV-Tabelle)',
  'account.downloadEventsCsv': 'Warnzeichen (CSV-Tabelle)',
  'account.downloadFhir': 'Gesundheitsakte (FHIR-Datei)',
  'account.downloadNeedsConnection':
    'Dafür ist eine Verbindung nötig. Noch nicht gesendete Einträge sind nicht in der Datei.',

  'account.deleteHeading': 'Ihr Konto löschen',
  'account.deleteWhat':
    'Wenn Sie Ihr Konto löschen, wird alles darin endgültig vom Server gelöscht: Ihre Tageseinträge, Dosen, Ihr Plan, Fragebögen und Notizen. Das lässt sich nicht rückgängig machen.',
  'account.deleteDevice':
    'Einträge, die nur auf diesem Gerät liegen und noch nicht gesendet wurden, werden ebenfalls gelöscht.',
  'account.deleteCopy': 'Wenn Sie Ihre Einträge behalten möchten, laden Sie sie vorher herunter (oben).',
  'account.deletePassword': 'Ihr Passwort, zur Bestätigung',
  'account.deletePasswordHint': 'Geben Sie es ein, dann erscheint unten eine Schaltfläche zum Löschen.',
  'account.deleteButton': 'Mein Konto und alles darin endgültig löschen',
  'account.deleting': 'Wird gelöscht…',
  'account.deleted': 'Ihr Konto und alles darin wurden gelöscht.',
} as const satisfies Translation<typeof en>;
