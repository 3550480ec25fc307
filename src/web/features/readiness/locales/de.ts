import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

/** German words of the "where am I" card, the readiness view and History's red flags. */
export const de = {
  'readiness.heading': 'Vor Ihrer Reduktion am {date}',
  'readiness.intro':
    'Ihre Reduktion von {fromMg} auf {toMg} ist {days, plural, =0 {für heute} one {in # Tag} other {in # Tagen}} geplant. Das zeigen Ihre Einträge.',
  'readiness.offline':
    'Wie bereit Sie für die nächste Reduktion sein könnten, braucht eine Verbindung. Ihr Plan bleibt, wie er ist.',
  'readiness.failed': 'Das konnte nicht geladen werden. {reason}',
  'readiness.suggestion.ready':
    'Ihre Einträge sehen ruhig aus. Wenn Sie sich auch bereit fühlen, könnte es passen, wie geplant weiterzumachen. Sie entscheiden.',
  'readiness.suggestion.wait':
    'Es könnte sich lohnen, ein paar Tage zu warten: Einige Zeichen unten sind zuerst einen Blick wert. Sie entscheiden.',
  'readiness.suggestion.hold':
    'Es könnte sich lohnen, die Dosis vorerst zu halten: Etwas unten deutet darauf hin, dass sich Ihr Körper noch anpasst. Sie entscheiden; Ihre Ärztin oder Ihr Arzt kann dabei helfen.',
  'readiness.redFlagNote':
    'Sie haben seit der letzten Reduktion etwas Ernstes eingetragen. Es könnte sich lohnen, die Dosis zu halten und vor jeder Reduktion mit einer Ärztin oder einem Arzt zu sprechen.',
  'readiness.urgentLink': 'Dringende Hilfe öffnen',
  'readiness.signalsHeading': 'Worauf das beruht',
  'readiness.status.ok': 'Sieht gut aus',
  'readiness.status.caution': 'Einen Blick wert',
  'readiness.status.stop': 'Ein Grund zu halten',
  'readiness.source': 'Quelle: {title}',
  'readiness.ownRule': 'Unsere eigene Regel, da keine Quelle eine Zahl nennt',
  'readiness.signal.days-since-last-cut':
    '{days, plural, one {# Tag} other {# Tage}} auf dieser Dosis. Leitlinien raten zu mindestens zwei Wochen zwischen Reduktionen.',
  'readiness.signal.days-since-last-cut.none': 'Noch keine Reduktion in Ihrem Plan.',
  'readiness.signal.burden-vs-baseline.above':
    'Ihre Beschwerden liegen diese Woche {points} Punkte über dem Stand vor der letzten Reduktion.',
  'readiness.signal.burden-vs-baseline.same':
    'Ihre Beschwerden liegen diese Woche etwa beim Stand vor der letzten Reduktion.',
  'readiness.signal.burden-vs-baseline.below':
    'Ihre Beschwerden liegen diese Woche {points} Punkte unter dem Stand vor der letzten Reduktion.',
  'readiness.signal.burden-vs-baseline.none':
    'Zu wenige Einträge, um mit der Zeit vor der letzten Reduktion zu vergleichen.',
  'readiness.signal.trend-7-days.rising': 'In den letzten 7 Tagen sind Ihre Beschwerden gestiegen.',
  'readiness.signal.trend-7-days.steady':
    'In den letzten 7 Tagen sind Ihre Beschwerden gleich geblieben oder zurückgegangen.',
  'readiness.signal.trend-7-days.none': 'Zu wenige Einträge in den letzten 7 Tagen, um einen Verlauf zu sehen.',
  'readiness.signal.checkin-coverage': 'An {count} der letzten 7 Tage gibt es einen Eintrag.',
  'readiness.signal.questionnaire-band': 'Ihr letzter Fragebogen: {band}.',
  'readiness.band.none': 'keine Entzugszeichen',
  'readiness.band.mild': 'leicht',
  'readiness.band.moderate': 'mittel',
  'readiness.band.severe': 'schwer',
  'readiness.band.very-severe': 'sehr schwer',
  'readiness.signal.questionnaire-score': 'Die Summe Ihres letzten Fragebogens: {score}.',
  'readiness.signal.questionnaire-band.none': 'Kein Fragebogen seit der letzten Reduktion.',
  'readiness.signal.red-flags-since-last-cut':
    '{count, plural, =0 {Keine ernsten Ereignisse} one {# ernstes Ereignis} other {# ernste Ereignisse}} seit der letzten Reduktion.',
  'readiness.signal.missed-doses':
    '{count, plural, =0 {Keine ausgelassenen Dosen} one {# Tag mit ausgelassener oder viel kleinerer Dosis} other {# Tage mit ausgelassener oder viel kleinerer Dosis}} seit der letzten Reduktion.',
  'readiness.choiceHeading': 'Was möchten Sie tun?',
  'readiness.goAhead': 'Wie geplant weitermachen',
  'readiness.goAheadHint': 'An Ihrem Plan ändert sich nichts.',
  'readiness.wentAhead':
    'Sie haben entschieden, die Reduktion am {date} wie geplant zu machen. An Ihrem Plan hat sich nichts geändert.',
  'readiness.holdDays': 'Wie viele Tage halten?',
  'readiness.holdLess': 'Einen Tag weniger',
  'readiness.holdMore': 'Einen Tag mehr',
  'readiness.holdDaysError': 'Wählen Sie eine ganze Zahl von 1 bis 28 Tagen.',
  'readiness.holdReason': 'Warum (freiwillig)',
  'readiness.holdReasonHint':
    'Ein paar Worte für Sie und Ihre Ärztin oder Ihren Arzt, zum Beispiel „eine harte Woche“.',
  'readiness.holdDefaultReason': 'Noch nicht bereit für die Reduktion am {date}',
  'readiness.hold': '{count, plural, one {# Tag} other {# Tage}} halten',
  'readiness.holding': 'Die Pause wird eingetragen …',
  'readiness.held':
    '{count, plural, one {# Tag} other {# Tage}} gehalten. Ihre nächste Reduktion ist jetzt am {date}. Sie sehen es im Plan.',
  'readiness.heldNoCut': '{count, plural, one {# Tag} other {# Tage}} gehalten. Sie sehen es im Plan.',
  'readiness.holdFailed': 'Die Pause wurde nicht eingetragen. {reason}',
  'readiness.planLink': 'Vor Ihrer Reduktion am {date}: wie bereit Sie sein könnten',
  'recordedFlag.event': 'Sie haben eingetragen: {what}',
  'recordedFlag.questionnaire': 'Eine Antwort im Fragebogen: {what}',
  'recordedFlag.checkin': 'In Ihrem Eintrag: {what}',
  'recordedFlag.checkin.chest-pain': 'Herzrasen oder Herzklopfen, als schwer eingestuft',
  'recordedFlag.checkin.opioids-or-alcohol': 'Alkohol, der zusammen mit Ihrem Medikament die Atmung verlangsamen kann',
  'recordedFlag.help': 'Wenn so etwas gerade passiert, ist dringende Hilfe nur einen Tipp entfernt.',
} as const satisfies Translation<typeof en>;
