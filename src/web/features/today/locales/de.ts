import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'today.title': 'Ihr Tageseintrag',
  'today.titleYesterday': 'Eintrag für gestern',
  'today.titleEarlier': 'Eintrag für {day}',
  'today.dateLine': 'Für {day}.',
  'today.dayLegend': 'Für welchen Tag ist das?',
  'today.day.today': 'Heute',
  'today.day.yesterday': 'Gestern',
  'today.day.earlier': 'Früher',
  'today.earlierLabel': 'Datum',
  'today.earlierHint': 'Jeder Tag bis heute.',
  'today.future': 'Dieser Tag ist noch nicht gekommen. Bitte wählen Sie heute oder einen früheren Tag.',
  'today.invalidDay': 'Bitte wählen Sie ein Datum, zum Beispiel 2026-11-30.',
  'today.pastNote': 'Sie tragen für {day} nach. Änderungen ersetzen, was für diesen Tag gespeichert war.',
  'today.badDayButton': 'Schlechter Tag? Kurzeintrag',
  'today.badDayHint': 'Dreimal tippen: hier, dann wie der Tag ist, dann Speichern.',
  'today.promptBeforeCut': 'Ein kurzer Fragebogen steht an, vor Ihrer nächsten Reduktion am {date}.',
  'today.promptBeforeCutUndated': 'Ein kurzer Fragebogen steht an, vor Ihrer nächsten Reduktion.',
  'today.promptAfterCut':
    'Ein kurzer Fragebogen steht an, {days, plural, one {# Tag} other {# Tage}} nach Ihrer letzten Reduktion.',
  'today.promptAfterCutUndated': 'Ein kurzer Fragebogen steht an, nach Ihrer letzten Reduktion.',
  'today.promptWeekly': 'Ein kurzer Fragebogen steht an: Der letzte ist eine Woche oder länger her.',
  'today.promptLink': 'Fragebogen öffnen',
  'today.planHeadingFor': 'Geplante Dosis für {day}',
  'today.jumpToSerious': 'Ist etwas Ernstes passiert? Zur Soforthilfe',
  'serious.heading': 'Etwas Ernstes ist passiert',
  'serious.intro': 'Wenn eines davon gerade passiert, tippen Sie darauf. Sie sehen sofort, was zu tun ist.',
} as const satisfies Translation<typeof en>;
