import type { Translation } from '../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'app.name': 'Taper Companion',
  'app.skipLink': 'Zum Hauptinhalt springen',
  'app.loading': 'Wird geladen…',
  'app.screenLoadFailed':
    'Diese Seite konnte nicht geöffnet werden. Bitte laden Sie die App neu; was Sie gespeichert haben, bleibt erhalten.',
  'app.educational':
    'Taper Companion dient der Information und dem Selbst-Beobachten. Es ersetzt keine ärztliche Beratung. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie Ihre Dosis ändern.',
  'app.footer': 'Taper Companion dient der Information und ersetzt keine ärztliche Beratung.',
  'language.legend': 'Sprache',
  'language.hint': 'Die App wechselt sofort. Ihre Einträge bleiben, wie sie sind.',
  'count.days': '{count, plural, one {# Tag} other {# Tage}}',
} as const satisfies Translation<typeof en>;
