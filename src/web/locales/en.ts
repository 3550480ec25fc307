/**
 * The app shell's words (name, loading, footer, language choice). ICU MessageFormat, compiled at build time
 * (vite-plugin-catalogues.ts). Tone: short sentences, calm, kind, no blame.
 */
export const en = {
  'app.name': 'Taper Companion',
  'app.skipLink': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.screenLoadFailed': 'This screen could not be opened. Please reload the app; what you saved is kept.',
  'app.educational':
    'Taper Companion is for education and self-tracking. It is not medical advice. Talk with your prescriber before changing your dose.',
  'app.footer': 'Taper Companion is educational, not medical advice.',
  'language.legend': 'Language',
  'language.hint': 'The app changes at once. Your entries stay as they are.',
  // Each language is named in itself, so a person can find their own whatever the app is showing.
  'language.en': 'English',
  'language.de': 'Deutsch',
  'count.days': '{count, plural, one {# day} other {# days}}',
} as const;
