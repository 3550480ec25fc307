/**
 * Words of Today's "where am I" card and the readiness view before a cut (issue #11 §1, §5), and of the red flags in
 * History's day rows (§6). Every suggestion is worded as a suggestion: the person decides, never the app.
 */
export const en = {
  'readiness.heading': 'Before your cut on {date}',
  'readiness.intro':
    'Your cut from {fromMg} to {toMg} is planned {days, plural, =0 {for today} one {in # day} other {in # days}}. Here is what your records show.',
  'readiness.offline': 'How ready you may be for your next cut needs a connection. Your plan stays as it is.',
  'readiness.failed': 'How ready you may be could not be loaded. {reason}',
  'readiness.suggestion.ready':
    'Your records look settled. If you feel ready too, going ahead as planned may suit you. It is your choice.',
  'readiness.suggestion.wait':
    'It may be worth waiting a few days: some signs below are worth a look first. It is your choice.',
  'readiness.suggestion.hold':
    'It may be worth holding your dose for now: something below suggests your body may still be adjusting. It is your choice; your prescriber can help you decide.',
  'readiness.redFlagNote':
    'You recorded something serious since your last cut. It may be worth holding, and talking to a clinician before any cut.',
  'readiness.urgentLink': 'Open urgent help',
  'readiness.signalsHeading': 'What this rests on',
  'readiness.status.ok': 'Looks fine',
  'readiness.status.caution': 'Worth a look',
  'readiness.status.stop': 'A reason to hold',
  'readiness.source': 'Source: {title}',
  'readiness.ownRule': 'Our own rule, as no source gives a number',
  'readiness.signal.days-since-last-cut':
    '{days, plural, one {# day} other {# days}} at this dose. Guidelines suggest at least two weeks between cuts.',
  'readiness.signal.days-since-last-cut.none': 'No cut yet in your plan.',
  'readiness.signal.burden-vs-baseline.above':
    'Your symptoms this week are {points} points above how they were before the last cut.',
  'readiness.signal.burden-vs-baseline.same': 'Your symptoms this week are about where they were before the last cut.',
  'readiness.signal.burden-vs-baseline.below':
    'Your symptoms this week are {points} points below how they were before the last cut.',
  'readiness.signal.burden-vs-baseline.none': 'Not enough check-ins to compare with before the last cut.',
  'readiness.signal.trend-7-days.rising': 'Over the last 7 days your symptoms have been rising.',
  'readiness.signal.trend-7-days.steady': 'Over the last 7 days your symptoms have been steady or easing.',
  'readiness.signal.trend-7-days.none': 'Not enough check-ins in the last 7 days to see a trend.',
  'readiness.signal.checkin-coverage': '{count} of the last 7 days have a check-in.',
  'readiness.signal.questionnaire-band': 'Your latest questionnaire: {band}.',
  'readiness.band.none': 'no signs of withdrawal',
  'readiness.band.mild': 'mild',
  'readiness.band.moderate': 'moderate',
  'readiness.band.severe': 'severe',
  'readiness.band.very-severe': 'very severe',
  'readiness.signal.questionnaire-score': 'Your latest questionnaire total: {score}.',
  'readiness.signal.questionnaire-band.none': 'No questionnaire since the last cut.',
  'readiness.signal.red-flags-since-last-cut':
    '{count, plural, =0 {No serious events} one {# serious event} other {# serious events}} since the last cut.',
  'readiness.signal.missed-doses':
    '{count, plural, =0 {No missed doses} one {# day with a missed or much smaller dose} other {# days with a missed or much smaller dose}} since the last cut.',
  'readiness.choiceHeading': 'What would you like to do?',
  'readiness.goAhead': 'Go ahead as planned',
  'readiness.goAheadHint': 'Nothing changes in your plan.',
  'readiness.wentAhead': 'You chose to go ahead with the cut on {date}. Nothing in your plan changed.',
  'readiness.holdDays': 'Hold for how many days?',
  'readiness.holdLess': 'One day fewer',
  'readiness.holdMore': 'One day more',
  'readiness.holdDaysError': 'Choose a whole number of days from 1 to 28.',
  'readiness.holdReason': 'Why (optional)',
  'readiness.holdReasonHint': 'A few words for you and your prescriber, for example "a hard week".',
  'readiness.holdDefaultReason': 'Not ready yet for the cut on {date}',
  'readiness.hold': 'Hold for {count, plural, one {# day} other {# days}}',
  'readiness.holding': 'Adding the hold…',
  'readiness.held':
    'Held for {count, plural, one {# day} other {# days}}. Your next cut is now on {date}. You can see it on the Plan screen.',
  'readiness.heldNoCut': 'Held for {count, plural, one {# day} other {# days}}. You can see it on the Plan screen.',
  'readiness.holdFailed': 'The hold was not added. {reason}',
  'readiness.planLink': 'Before your cut on {date}: how ready you may be',
  'recordedFlag.event': 'You recorded: {what}',
  'recordedFlag.questionnaire': 'A questionnaire answer: {what}',
  'recordedFlag.checkin': 'In your check-in: {what}',
  'recordedFlag.checkin.chest-pain': 'a racing or pounding heart, rated severe',
  'recordedFlag.checkin.opioids-or-alcohol': 'alcohol, which together with your medicine can slow breathing',
  'recordedFlag.help': 'If something like this is happening now, urgent help is one tap away.',
} as const;
