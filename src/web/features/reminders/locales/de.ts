import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'reminders.title': 'Erinnerungen',
  'reminders.intro':
    'Behutsame Erinnerungen an den Tageseintrag und an Ihre Dosen: in Ihrem eigenen Kalender und in dieser App, solange sie geöffnet ist. Ihre Uhrzeiten bleiben nur auf diesem Gerät.',

  'reminders.checkinHeading': 'Täglicher Eintrag',
  'reminders.checkinOn': 'Mich jeden Tag an den Eintrag erinnern',
  'reminders.checkinTime': 'Uhrzeit für den Eintrag',
  'reminders.checkinTimeHint': 'Zum Beispiel 20:00, wenn der größte Teil des Tages hinter Ihnen liegt.',
  'reminders.checkinTimeMissing': 'Bitte geben Sie eine Uhrzeit ein oder schalten Sie die Erinnerung aus.',

  'reminders.doseHeading': 'Einnahmezeiten',
  'reminders.doseIntro': 'Eine Erinnerung für jede Dosis, die Sie am Tag nehmen, bis zu {max}.',
  'reminders.noDoseTimes': 'Noch keine Einnahmezeiten.',
  'reminders.doseTime': 'Dosis {n}',
  'reminders.doseTimeMissing': 'Bitte geben Sie eine Uhrzeit ein oder entfernen Sie diese Einnahmezeit.',
  'reminders.doseTimeTaken': 'Um {time} gibt es schon eine Erinnerung. Bitte wählen Sie eine andere Uhrzeit.',
  'reminders.addDoseTime': 'Einnahmezeit hinzufügen',
  'reminders.doseTimeAdded': 'Dosis {n} hinzugefügt.',
  'reminders.maxDoseTimes': 'Mehr geht nicht: {max} am Tag.',
  'reminders.removeDoseTime': 'Entfernen',
  'reminders.removeDoseTimeLabel': 'Dosis {n} entfernen',
  'reminders.doseTimeRemoved': 'Dosis {n} entfernt.',

  'reminders.inAppHeading': 'In dieser App',
  'reminders.inApp': 'Mich in der App erinnern, solange sie geöffnet ist',
  'reminders.inAppHint':
    'Ein ruhiger Hinweis oben auf dem Bildschirm, sobald eine Uhrzeit vorbei ist, bis Sie den Eintrag machen, die Dosis eintragen oder ihn für heute ausblenden. Kein Ton und keine Pop-ups.',
  'reminders.save': 'Erinnerungen speichern',
  'reminders.saved': 'Auf diesem Gerät gespeichert.',

  'reminders.calendarHeading': 'In Ihrem Kalender',
  'reminders.calendarIntro':
    'Kalender-Erinnerungen kommen aus dem Kalender Ihres Telefons oder Computers, sie melden sich also auch, wenn Taper Companion geschlossen ist. Die Datei enthält nur Ihre Uhrzeiten, sonst nichts über Sie.',
  'reminders.calendarNothing':
    'Schalten Sie die Erinnerung an den Eintrag ein oder fügen Sie eine Einnahmezeit hinzu, um eine Kalenderdatei zu erstellen.',
  'reminders.calendarLink': 'Erinnerungen für meinen Kalender herunterladen (.ics)',
  'reminders.calendarCheckin': 'Jeden Tag: Eintrag um {checkin} Uhr.',
  'reminders.calendarDoses': 'Jeden Tag: {count, plural, one {Dosis} other {Dosen}} um {times} Uhr.',
  'reminders.calendarBoth':
    'Jeden Tag: Eintrag um {checkin} Uhr; {count, plural, one {Dosis} other {Dosen}} um {times} Uhr.',
  'reminders.calendarUnsaved':
    'Sie haben Änderungen, die noch nicht gespeichert sind. Speichern Sie sie zuerst, damit die Datei Ihre neuen Uhrzeiten enthält.',
  'reminders.howHeading': 'So kommt es in Ihren Kalender',
  'reminders.howIphone': 'iPhone oder iPad: Tippen Sie auf den Link, dann auf „Alle hinzufügen“.',
  'reminders.howAndroid':
    'Android: Tippen Sie auf den Link und öffnen Sie die Datei mit Ihrer Kalender-App. Wenn keine sie öffnet, nehmen Sie einen Computer: In Google Kalender im Browser gehen Sie zu Einstellungen, dann Importieren, und wählen die Datei.',
  'reminders.howComputer':
    'Computer: Öffnen Sie die Datei. Outlook, Apple Kalender und Thunderbird fügen sie Ihrem Kalender hinzu.',
  'reminders.howChange':
    'Uhrzeiten geändert? Laden Sie die Datei noch einmal herunter und fügen Sie sie hinzu. Erinnert Sie eine alte Uhrzeit weiter, löschen Sie diesen Termin in Ihrem Kalender.',
  'reminders.howStop':
    'Die Erinnerungen wiederholen sich jeden Tag. Um sie zu beenden, löschen Sie sie in Ihrem Kalender.',

  'reminders.dueCheckin': 'Es ist nach {time} Uhr: Zeit für den heutigen Eintrag.',
  'reminders.dueDose':
    'Es ist nach {time} Uhr: Zeit für Ihre Dosis um {time} Uhr, falls Sie sie noch nicht genommen haben.',
  'reminders.openToday': 'Heute öffnen',
  'reminders.dismiss': 'Ausblenden',
  'reminders.dismissCheckinLabel': 'Die Erinnerung an den Eintrag für heute ausblenden',
  'reminders.dismissDoseLabel': 'Die Erinnerung an die Dosis um {time} Uhr für heute ausblenden',
} as const satisfies Translation<typeof en>;
