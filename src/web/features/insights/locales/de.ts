import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'insights.title': 'Einblicke',
  'insights.intro':
    'Was Ihre Einträge über die Zeit zeigen. Das hilft, Muster zu erkennen, und ist keine medizinische Beratung.',
  'insights.loading': 'Ihre Einblicke werden geladen…',
  'insights.offline':
    'Einblicke brauchen eine Verbindung, weil sie in Ihrem Konto berechnet werden. Ihre Einträge werden weiter auf diesem Gerät gespeichert.',
  'insights.failed': 'Ihre Einblicke konnten nicht geladen werden. {reason}',
  'insights.rangeLabel': 'Zeige die letzten',
  'insights.rangeDays': '{count} Tage',
  'insights.showTable': 'Als Tabelle zeigen',
  'insights.whereHeading': 'Wo Sie gerade stehen',
  'insights.trendHeading': 'Wie es Ihnen ging',
  'insights.cutsHeading': 'Wie Ihre Symptome auf Reduktionen folgen',
  'insights.cutsNotEnough':
    'Noch nicht genug Daten. Nach einigen Reduktionen mit Einträgen an den meisten Tagen davor und danach zeigt sich hier, wann Ihre Symptome meist am stärksten sind und wann sie abklingen.',
  'insights.winsHeading': 'Kleine Erfolge',
  'insights.winsNone': 'Hier gibt es noch nichts zu zeigen. Jeder Eintrag hilft.',
  'insights.date': 'Datum',
  'insights.planned': 'Geplant',
  'insights.taken': 'Genommen',
} as const satisfies Translation<typeof en>;
