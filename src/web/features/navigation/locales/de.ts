import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'nav.label': 'Hauptmenü',
  'nav.today': 'Heute',
  'nav.plan': 'Plan',
  'nav.history': 'Verlauf',
  'nav.insights': 'Einblicke',
  'nav.report': 'Arztbericht',
  'nav.questionnaires': 'Fragebögen',
  'nav.reminders': 'Erinnerungen',
  'nav.symptoms': 'Beschwerden',
  'nav.account': 'Konto',
  'nav.more': 'Mehr',
  'nav.signOut': 'Abmelden',
  'nav.signingOut': 'Wird abgemeldet…',
  'nav.themeToLight': 'Helle Farben',
  'nav.themeToDark': 'Dunkle Farben',
} as const satisfies Translation<typeof en>;
