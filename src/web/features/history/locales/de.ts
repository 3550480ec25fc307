import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'history.title': 'Verlauf',
  'history.intro': 'Ihre letzten 14 Tage, die neuesten zuerst.',
  'history.loadingList': 'Ihre Einträge werden geladen…',
  'history.loadFailed': 'Ihre Einträge konnten nicht geladen werden. {reason}',
  'history.retry': 'Noch einmal versuchen',
  'history.dayToday': 'Heute, {day}',
  'history.dayYesterday': 'Gestern, {day}',
  'history.noCheckin': 'Kein Eintrag',
  'history.notSent': 'Auf diesem Gerät gespeichert, noch nicht in Ihrem Konto.',

  'history.dose.asPlanned': 'Dosis wie geplant ({taken}).',
  'history.dose.asPlannedOf': 'Dosis {medicine} wie geplant ({taken}).',
  'history.dose.differs': '{taken} genommen; geplant waren {planned}.',
  'history.dose.differsOf': '{taken} {medicine} genommen; geplant waren {planned}.',
  'history.dose.muchLess': '{taken} genommen, weniger als die Hälfte der geplanten {planned}.',
  'history.dose.muchLessOf': '{taken} {medicine} genommen, weniger als die Hälfte der geplanten {planned}.',
  'history.dose.missed': 'An diesem Tag keine Dosis eingetragen.',
  'history.dose.missedOf': 'An diesem Tag kein {medicine} eingetragen.',
  'history.dose.notRecorded': 'Dosis nicht erfasst.',
  'history.dose.notRecordedOf': '{medicine}: Dosis nicht erfasst.',
  'history.dose.noPlanTook': '{taken} genommen.',
  'history.dose.noPlanNone': 'Keine Dosis eingetragen.',
  'history.dose.fromCheckin': 'Aus der Dosis in Ihrem Tageseintrag.',

  'history.risk.missedHeading': 'Vergessene Dosen: Bitte handeln Sie heute',
  'history.risk.farBelowHeading': 'Viel weniger als geplant: Bitte handeln Sie heute',
  'history.risk.heading': 'Dosen: Bitte handeln Sie heute',
  'history.risk.missed':
    'An {days, plural, one {# Tag} other {# Tagen}} ({from} bis {to}) wurde keine Dosis eingetragen. Wenn Sie sie doch genommen haben, können Sie das übergehen.',
  'history.risk.farBelowOne':
    'Am {from} haben Sie weniger als die Hälfte einer geplanten Dosis genommen. Ein so großer Abfall wirkt wie eine große plötzliche Reduktion. Wenn Sie doch alles genommen haben, können Sie das übergehen.',
  'history.risk.farBelow':
    'An {days, plural, one {# Tag} other {# Tagen}} ({from} bis {to}) haben Sie weniger als die Hälfte einer geplanten Dosis genommen. Ein so großer Abfall wirkt wie eine große plötzliche Reduktion. Wenn Sie doch alles genommen haben, können Sie das übergehen.',
  'history.risk.supplyHeading': 'Wenn eines davon zutrifft, tippen Sie darauf, um zu sehen, was zu tun ist',

  'history.eventsHeading': 'Ernste Ereignisse, die Sie eingetragen haben',
  'history.noEvents': 'Keine ernsten Ereignisse eingetragen.',
  'history.eventsFailed': 'Ihre ernsten Ereignisse konnten nicht geladen werden. {reason}',
  'history.confirmed': 'Am {date} haben Sie gesagt, dass Sie Ihren Plan sicher fortsetzen können.',
  'history.pausing': 'Ihr Plan ist deshalb pausiert, bis Sie sagen, dass Sie ihn sicher fortsetzen können.',
  'history.eventNotSent': 'Auf diesem Gerät gespeichert, noch nicht in Ihrem Konto.',
} as const satisfies Translation<typeof en>;
