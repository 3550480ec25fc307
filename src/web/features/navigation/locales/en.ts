/** The navigation's words: the names of the destinations, and the menu's own buttons. */
export const en = {
  'nav.label': 'Main',
  'nav.today': 'Today',
  'nav.plan': 'Plan',
  'nav.history': 'History',
  'nav.insights': 'Insights',
  'nav.report': 'Doctor report',
  'nav.questionnaires': 'Questionnaires',
  'nav.reminders': 'Reminders',
  'nav.symptoms': 'What I track',
  'nav.account': 'Account',
  'nav.more': 'More',
  'nav.signOut': 'Sign out',
  'nav.signingOut': 'Signing out…',
  'nav.themeToLight': 'Use light colours',
  'nav.themeToDark': 'Use dark colours',
} as const;
