import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'questionnaires.title': 'Fragebögen',
  'questionnaires.intro': 'Wählen Sie einen Fragebogen. Das dauert ein paar Minuten.',
  'questionnaires.loading': 'Fragebögen werden geladen …',
  'questionnaires.loadFailed': 'Die Fragebögen konnten nicht geladen werden. {reason}',
  'questionnaires.choose': 'Welcher Fragebogen?',

  'questionnaires.timeFrame.today': 'Antworten Sie für heute: wie es Ihnen jetzt geht oder seit heute Morgen.',
  'questionnaires.timeFrame.pastFewDays': 'Antworten Sie für die letzten Tage.',
  'questionnaires.evidence.secondary': 'Fragen aus Sekundärquellen',
  'questionnaires.evidence.unchecked': 'Diese Fragen sind noch nicht mit der Originalveröffentlichung abgeglichen',
  'questionnaires.question': 'Frage {n} von {total}',
  'questionnaires.observer': 'Gedacht für eine geschulte Fachperson; Ihre eigene Einschätzung ist dafür nicht geprüft.',
  'questionnaires.optionalHeading': 'Zu Ihrem Schlaf (ohne Wertung)',
  'questionnaires.hours': 'Stunden',
  'questionnaires.minutes': 'Minuten',
  'questionnaires.numberInvalid': 'Bitte geben Sie eine Zahl von 0 bis {max} ein oder lassen Sie das Feld leer.',
  'questionnaires.citation': 'Quelle: {text}',
  'questionnaires.draftKept':
    'Ihre Antworten bleiben auf diesem Gerät, bis Sie sie speichern, auch wenn Sie diese Seite verlassen.',
  'questionnaires.submit': 'Antworten speichern',
  'questionnaires.saving': 'Wird gespeichert …',
  'questionnaires.unanswered':
    '{count, plural, one {Bitte beantworten Sie alle Fragen. # Frage ist noch offen.} other {Bitte beantworten Sie alle Fragen. # Fragen sind noch offen.}}',

  'questionnaires.redFlagHeading': 'Das braucht vielleicht jetzt Hilfe',
  'questionnaires.redFlagIntro':
    'Sie haben angegeben, dass Sie Dinge sehen oder hören, die nicht da sind. Wenn das im Wachzustand passiert, holen Sie jetzt Hilfe. Sie müssen den Fragebogen nicht zuerst beenden.',
  'questionnaires.redFlagTap': 'Wenn es gerade passiert, tippen Sie hier, um zu sehen, was zu tun ist:',

  'questionnaires.resultHeading': 'Ihr Ergebnis',
  'questionnaires.score': 'Punktzahl: {score} von {max}.',
  'questionnaires.band': 'Bereich: {label}.',
  'questionnaires.totalOnly':
    'Für diesen Fragebogen gibt es keinen geprüften Grenzwert. Er ergibt daher nur eine Gesamtpunktzahl, ohne Bereiche.',
  'questionnaires.resultUnchecked':
    'Fragen und Auswertung sind noch nicht mit der Originalveröffentlichung abgeglichen. Vergleichen Sie diese Punktzahl nur mit Ihren eigenen früheren Ergebnissen.',
  'questionnaires.savedOnDevice':
    'Auf diesem Gerät gespeichert. Es wird Ihrem Konto hinzugefügt, sobald es gesendet werden kann.',
  'questionnaires.contactClinician':
    'Diese Punktzahl liegt im schweren oder sehr schweren Bereich. Bitte wenden Sie sich heute an Ihre verschreibende Ärztin, Ihren verschreibenden Arzt oder eine andere medizinische Fachperson und nennen Sie Ihre Punktzahl. Bei einem Krampfanfall, Verwirrtheit, Halluzinationen oder Gedanken, sich etwas anzutun, rufen Sie jetzt Ihren örtlichen Notruf an.',

  'questionnaires.pastHeading': 'Frühere Ergebnisse',
  'questionnaires.noPast': 'Noch keine Ergebnisse.',
  'questionnaires.pastLine': '{date}: {score} von {max}',
  'questionnaires.pastLineBand': '{date}: {score} von {max}, {band}',
  'questionnaires.notSent': 'noch nicht gesendet',
} as const satisfies Translation<typeof en>;
