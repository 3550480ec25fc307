/**
 * The words of Today's "where am I" card (also the Insights screen's first section): kept apart from the insights'
 * and the readiness catalogues so that Today, with a plan, loads only these (the check-in's 50 KB budget).
 */
export const en = {
  'insights.whereHeading': 'Where you are now',
  'insights.phaseDay': 'Day {day} at {mg} (changed from {fromMg} on {date}).',
  'insights.stoppedDay': 'Day {day} since your last dose on {date}.',
  'insights.typical.no-plan': 'You have no taper plan yet, so there is no dose change to count from.',
  'insights.typical.not-started': 'Your plan has not started yet.',
  'insights.typical.onset': 'The first days after a change: symptoms often start within a few days.',
  'insights.typical.peak': 'Days 5 to 14 after a change: symptoms are often at their strongest now. This is expected.',
  'insights.typical.easing': 'Weeks 3 to 4 after a change: symptoms often ease now.',
  'insights.typical.steady': 'More than four weeks since the last change: many people feel steadier by now.',
  'insights.typical.after-stop-onset': 'The first days after your last dose: symptoms often start within a few days.',
  'insights.typical.after-stop-peak': 'Days 5 to 14 after your last dose: symptoms are often strongest now.',
  'insights.typical.after-stop-easing': 'Weeks 3 to 4 after your last dose: symptoms often ease now.',
  'insights.typical.after-stop-lasting':
    'More than a month since your last dose. Symptoms that last this long are worth raising with a clinician; they usually improve slowly.',
  'readiness.cardLoading': 'Looking up where you are in your taper…',
  'insights.moreOnInsights': 'More about this, with sources',
} as const;
