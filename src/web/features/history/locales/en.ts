/** History's words: the day rows, how each day's doses compare with the plan, the days to act on, serious events. */
export const en = {
  'history.title': 'History',
  'history.intro': 'Your last 14 days, newest first.',
  'history.loadingList': 'Loading your check-ins…',
  'history.loadFailed': 'Your check-ins could not be loaded. {reason}',
  'history.retry': 'Try again',
  'history.dayToday': 'Today, {day}',
  'history.dayYesterday': 'Yesterday, {day}',
  'history.noCheckin': 'No check-in',
  'history.notSent': 'Saved on this device, not yet in your account.',

  // How a day's doses compare with the plan; {medicine} is named only on a day with two (a switch).
  'history.dose.asPlanned': 'Dose as planned ({taken}).',
  'history.dose.asPlannedOf': 'Dose of {medicine} as planned ({taken}).',
  'history.dose.differs': 'Took {taken}; the plan said {planned}.',
  'history.dose.differsOf': 'Took {taken} of {medicine}; the plan said {planned}.',
  'history.dose.muchLess': 'Took {taken}, less than half of the {planned} planned.',
  'history.dose.muchLessOf': 'Took {taken} of {medicine}, less than half of the {planned} planned.',
  'history.dose.missed': 'No dose logged on this day.',
  'history.dose.missedOf': 'No {medicine} logged on this day.',
  'history.dose.notRecorded': 'Dose not recorded.',
  'history.dose.notRecordedOf': '{medicine}: dose not recorded.',
  'history.dose.noPlanTook': 'Took {taken}.',
  'history.dose.noPlanNone': 'No dose logged.',
  'history.dose.fromCheckin': 'From the dose in your check-in.',

  // Days that need acting on today
  'history.risk.missedHeading': 'Missed doses: please act today',
  'history.risk.farBelowHeading': 'Much less than planned: please act today',
  'history.risk.heading': 'Doses: please act today',
  'history.risk.missed':
    'No dose was logged for {days, plural, one {# day} other {# days}} ({from} to {to}). If you did take them, you can ignore this.',
  'history.risk.farBelowOne':
    'On {from} you took less than half of a planned dose. A drop that large works like a big sudden cut. If you did take it all, you can ignore this.',
  'history.risk.farBelow':
    'On {days, plural, one {# day} other {# days}} ({from} to {to}) you took less than half of a planned dose. A drop that large works like a big sudden cut. If you did take it all, you can ignore this.',
  'history.risk.supplyHeading': 'If one of these applies, tap it for what to do',

  'history.eventsHeading': 'Serious events you recorded',
  'history.noEvents': 'No serious events recorded.',
  'history.eventsFailed': 'Your serious events could not be loaded. {reason}',
  'history.confirmed': 'You said it was safe to go on with your plan on {date}.',
  'history.pausing': 'Your plan is paused for it until you say it is safe to go on.',
  'history.eventNotSent': 'Kept on this device, not yet in your account.',
} as const;
