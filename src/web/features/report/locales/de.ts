import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

/** Die Wörter des Berichts-Bildschirms. */
export const de = {
  'report.title': 'Bericht für Ihre Ärztin oder Ihren Arzt',
  'report.intro':
    'Ein PDF mit dem, was Sie eingetragen haben, zum Mitnehmen in die Praxis: Ihr Plan und Ihre Dosen, wie es Ihnen ging, Fragebogen-Werte und alles Ernste. Es sagt deutlich, dass es Ihre eigenen Einträge aus einer App zur Information sind.',
  'report.rangeLabel': 'Zeitraum',
  'report.range.30': '30 Tage',
  'report.range.90': '90 Tage',
  'report.range.182': '6 Monate',
  'report.range.365': 'Ein Jahr',
  'report.nameLabel': 'Name auf dem Bericht',
  'report.nameHint': 'Freiwillig. Leer lassen für einen Bericht ohne Namen. Nur auf diesem Gerät gespeichert.',
  'report.download': 'PDF herunterladen',
  'report.downloading': 'Das PDF wird erstellt…',
  'report.downloaded': 'Das PDF ist in Ihren Downloads.',
  'report.failed': 'Das PDF konnte nicht erstellt werden. Bitte versuchen Sie es erneut; es braucht eine Verbindung.',
  'report.previewHeading': 'Was die erste Seite zeigt',
  'report.coverage': 'Sie haben an {checkins, plural, one {# Tag} other {# Tagen}} von {days} eingetragen.',
  'report.loading': 'Vorschau wird geladen…',
  'report.offline': 'Der Bericht braucht eine Verbindung, weil er in Ihrem Konto erstellt wird.',
  'report.retry': 'Erneut versuchen',
  'report.questionsHeading': 'Fragen für den Termin',
  'report.noQuestions': 'Noch keine. Was Sie beim Termin fragen möchten, steht am Ende des Berichts.',
  'report.questionLabel': 'Eine Frage an Ihre Ärztin oder Ihren Arzt',
  'report.questionHint': 'Nur auf diesem Gerät gespeichert und so gedruckt, wie Sie sie schreiben.',
  'report.questionsFull': 'Der Bericht fasst {max} Fragen. Entfernen Sie eine, um eine neue hinzuzufügen.',
  'report.addQuestion': 'Frage hinzufügen',
  'report.remove': 'Entfernen',
  'report.removeQuestion': '„{question}“ entfernen',
  'report.notesHint':
    'Für eine Notiz im Bericht markieren Sie den Tageseintrag auf „Heute“ mit „Notiz für meine Ärztin oder meinen Arzt“.',
} as const satisfies Translation<typeof en>;
