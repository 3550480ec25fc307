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

  'account.importHeading': 'Eine Datei importieren',
  'account.importWhat':
    'Holen Sie eine Datei herein, die Sie hier oder bei einem anderen Taper-Companion-Server heruntergeladen haben. Sie kommt zu dem hinzu, was Sie haben: Hier wird nichts gelöscht oder ersetzt. Ist ein Tag in beiden, gilt die spätere Änderung, die andere bleibt als frühere Fassung erhalten. Dieselbe Datei noch einmal ändert nichts.',
  'account.importChoose': 'Datei zum Importieren wählen (JSON)',
  'account.importing': 'Wird importiert … bei vielen Einträgen dauert das einige Sekunden.',
  'account.importDone': 'Importiert. Zu Ihren Einträgen hinzugekommen:',
  'account.importNothingNew': 'Importiert. Alles in der Datei war schon hier; nichts hat sich geändert.',
  'account.importMerged':
    '{count, plural, one {# Tag war in beiden: Die spätere Änderung gilt, die andere bleibt als frühere Fassung.} other {# Tage waren in beiden: Die spätere Änderung gilt, die andere bleibt als frühere Fassung.}}',
  'account.importUnchanged':
    '{count, plural, one {# Eintrag war schon hier und blieb unverändert.} other {# Einträge waren schon hier und blieben unverändert.}}',
  'account.importCount':
    '{kind, select, checkins {{count, plural, one {# Tageseintrag} other {# Tageseinträge}}} versions {{count, plural, one {# frühere Fassung eines Tages} other {# frühere Fassungen von Tagen}}} plans {{count, plural, one {# Plan} other {# Pläne}}} holds {{count, plural, one {# Pause} other {# Pausen}}} doses {{count, plural, one {# Dosis} other {# Dosen}}} questionnaires {{count, plural, one {# Fragebogen} other {# Fragebögen}}} events {{count, plural, one {# Warnzeichen} other {# Warnzeichen}}} ownSymptoms {{count, plural, one {# eigenes Symptom} other {# eigene Symptome}}} other {{count, plural, one {# Symptom-Auswahl} other {# Symptom-Auswahlen}}}}',
  'account.importNotJson':
    'Diese Datei ist kein Taper-Companion-Export: Sie ließ sich nicht lesen. Nichts wurde geändert.',
  'account.importRefused':
    'Nichts wurde geändert: Etwas in dieser Datei stimmt nicht, darum wurde nichts daraus importiert. Das erste Problem steckt in {where}.',
  'account.importWhere':
    '{kind, select, checkins {Tageseintrag {n}} plans {Plan {n}} doses {Dosis {n}} questionnaires {Fragebogen {n}} events {Warnzeichen {n}} ownSymptoms {eigenem Symptom {n}} pins {Symptom-Auswahl {n}} other {der Datei selbst ({field})}}',
  'account.importTooLarge': 'Diese Datei ist größer, als ein Server auf einmal annimmt (16 MB). Nichts wurde geändert.',
  'account.importNeedsConnection': 'Dafür ist eine Verbindung nötig.',

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
