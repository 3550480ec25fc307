import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'firstRun.progress': 'Schritt {step} von {of}',
  'firstRun.skip': 'Vorerst überspringen',
  'firstRun.back': 'Zurück',
  'firstRun.next': 'Weiter',
  'firstRun.laterNote': 'Sie können das alles später ändern.',

  'firstRun.startTitle': 'Wie möchten Sie anfangen?',
  'firstRun.startIntro': 'Wählen Sie eines. Es gibt keine falsche Antwort.',
  'firstRun.startPlan': 'Einen Ausschleichplan erstellen',
  'firstRun.startPlanHint': 'Planen Sie langsame, sanfte Schritte nach unten. Am Ende öffnet sich die Seite Plan.',
  'firstRun.startDose': 'Meine Ärztin oder mein Arzt hat mir eine Dosis gegeben',
  'firstRun.startDoseHint':
    'Geben Sie die Dosis ein, die Sie jetzt nehmen. Die App behält sie bei und plant nie eine Reduktion.',
  'firstRun.startJournal': 'Vorerst nur ein Tagebuch führen',
  'firstRun.startJournalHint': 'Notieren Sie jeden Tag, wie es Ihnen geht. Einen Plan können Sie jederzeit erstellen.',

  'firstRun.doseTitle': 'Die Dosis von Ihrer Ärztin oder Ihrem Arzt',
  'firstRun.doseIntro':
    'Die App behält diese Dosis jeden Tag bei. Sie plant keine Reduktion; ändern Sie sie, wann immer Ihre Ärztin oder Ihr Arzt es tut.',
  'firstRun.medicineLabel': 'Medikament',
  'firstRun.formLabel': 'Darreichungsform',
  'firstRun.doseLabel': 'Heutige Dosis (mg)',
  'firstRun.doseHint': 'Alles über einen Tag zusammen, zum Beispiel 2 oder 0,75.',
  'firstRun.aboveUsual':
    'Das liegt weit über dem üblichen Bereich für dieses Medikament. Bitte vergleichen Sie die Zahl mit dem, was Ihre Ärztin oder Ihr Arzt aufgeschrieben hat.',
  'firstRun.saveDose': 'Diese Dosis speichern',
  'firstRun.savingDose': 'Wird gespeichert…',
  'firstRun.savedDose': 'Gespeichert. Heute zeigt diese Dosis.',
  'firstRun.notSaved': 'Die Dosis wurde nicht gespeichert. {reason}',

  'firstRun.trackTitle': 'Was möchten Sie beobachten?',
  'firstRun.trackIntro': 'Diese erscheinen unter Heute, je eine Zeile. Die häufigsten sind schon ausgewählt.',
  'firstRun.trackLater': 'Ändern Sie das später unter „Was ich beobachte“, dort gibt es noch mehr zur Auswahl.',
  'firstRun.trackLoading': 'Beschwerden werden geladen…',
  'firstRun.trackFailed':
    'Die Beschwerden konnten nicht geladen werden. {reason} Sie können sie später unter Beschwerden auswählen.',

  'firstRun.reminderTitle': 'Eine tägliche Erinnerung?',
  'firstRun.reminderIntro':
    'Ein stiller Hinweis in der App, sobald die Zeit vorbei ist, bis Sie Ihren Eintrag gemacht haben. Kein Ton.',
  'firstRun.reminderOn': 'Mich jeden Tag an den Eintrag erinnern',
  'firstRun.reminderTime': 'Uhrzeit für den Eintrag',
  'firstRun.reminderTimeHint': 'Zum Beispiel 20:00, wenn der größte Teil des Tages hinter Ihnen liegt.',
  'firstRun.reminderTimeMissing': 'Bitte geben Sie eine Uhrzeit ein oder schalten Sie die Erinnerung aus.',
  'firstRun.finish': 'Fertig: zu Heute',
  'firstRun.finishToPlan': 'Fertig: meinen Plan erstellen',
} as const satisfies Translation<typeof en>;
