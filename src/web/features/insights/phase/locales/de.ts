import type { Translation } from '../../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'insights.whereHeading': 'Wo Sie gerade stehen',
  'insights.phaseDay': 'Tag {day} mit {mg} (geändert von {fromMg} am {date}).',
  'insights.stoppedDay': 'Tag {day} seit Ihrer letzten Dosis am {date}.',
  'insights.typical.no-plan':
    'Sie haben noch keinen Reduktionsplan. Darum gibt es keine Dosisänderung, von der aus gezählt wird.',
  'insights.typical.not-started': 'Ihr Plan hat noch nicht begonnen.',
  'insights.typical.onset': 'Die ersten Tage nach einer Änderung: Symptome beginnen oft innerhalb weniger Tage.',
  'insights.typical.peak':
    'Tag 5 bis 14 nach einer Änderung: Symptome sind jetzt oft am stärksten. Das ist zu erwarten.',
  'insights.typical.easing': 'Woche 3 bis 4 nach einer Änderung: Symptome lassen jetzt oft nach.',
  'insights.typical.steady': 'Mehr als vier Wochen seit der letzten Änderung: Viele fühlen sich jetzt stabiler.',
  'insights.typical.after-stop-onset':
    'Die ersten Tage nach Ihrer letzten Dosis: Symptome beginnen oft innerhalb weniger Tage.',
  'insights.typical.after-stop-peak': 'Tag 5 bis 14 nach Ihrer letzten Dosis: Symptome sind jetzt oft am stärksten.',
  'insights.typical.after-stop-easing': 'Woche 3 bis 4 nach Ihrer letzten Dosis: Symptome lassen jetzt oft nach.',
  'insights.typical.after-stop-lasting':
    'Mehr als ein Monat seit Ihrer letzten Dosis. Symptome, die so lange anhalten, sollten Sie mit einer Ärztin oder einem Arzt besprechen; meist bessern sie sich langsam.',
  'readiness.cardLoading': 'Es wird nachgesehen, wo Sie beim Ausschleichen stehen …',
  'insights.moreOnInsights': 'Mehr dazu, mit Quellen',
} as const satisfies Translation<typeof en>;
