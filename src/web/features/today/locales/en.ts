/**
 * Words of the Today screen. Moved so far: the heading, the day picker, the questionnaire prompt and the links
 * around the check-in; the check-in sections, doses and the bad-day mode still read src/web/messages.ts and
 * ./messages.ts (English) until they move here.
 */
export const en = {
  'today.title': 'Today’s check-in',
  'today.titleYesterday': 'Check-in for yesterday',
  'today.titleEarlier': 'Check-in for {day}',
  'today.dateLine': 'For {day}.',
  'today.dayLegend': 'Which day is this for?',
  'today.day.today': 'Today',
  'today.day.yesterday': 'Yesterday',
  'today.day.earlier': 'Earlier',
  'today.earlierLabel': 'Date',
  'today.earlierHint': 'Any day up to today.',
  'today.future': 'That day has not come yet. Please choose today or an earlier day.',
  'today.invalidDay': 'Please choose a date, for example 2026-11-30.',
  'today.pastNote': 'You are filling in {day}. Changes replace what was saved for that day.',
  'today.badDayButton': 'Bad day? Quick check-in',
  'today.badDayHint': 'Three taps: this one, how the day is, then save.',
  'today.promptBeforeCut': 'A short questionnaire is due, before your next cut on {date}.',
  'today.promptBeforeCutUndated': 'A short questionnaire is due, before your next cut.',
  'today.promptAfterCut':
    'A short questionnaire is due, {days, plural, one {# day} other {# days}} after your last cut.',
  'today.promptAfterCutUndated': 'A short questionnaire is due, after your last cut.',
  'today.promptWeekly': 'A short questionnaire is due: it has been a week or more since the last one.',
  'today.promptLink': 'Open the questionnaire',
  // The plan panel's heading on an earlier day (today's is still messages.todayPlan.heading).
  'today.planHeadingFor': 'Planned dose for {day}',
  'today.jumpToSerious': 'Something serious happened? Go to urgent help',
  'serious.heading': 'Something serious happened',
  'serious.intro': 'If one of these is happening, tap it. You will see what to do straight away.',
} as const;
