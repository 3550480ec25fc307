import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'auth.signInTitle': 'Anmelden',
  'auth.signUpTitle': 'Konto erstellen',
  'auth.intro': 'Beobachten Sie jeden Tag, wie es Ihnen geht, in Ihrem eigenen Tempo.',
  'auth.email': 'E-Mail-Adresse',
  'auth.password': 'Passwort',
  'auth.signInButton': 'Anmelden',
  'auth.signUpButton': 'Registrieren',
  'auth.switchToSignUp': 'Konto erstellen',
  'auth.switchToSignIn': 'Stattdessen anmelden',
  'auth.switchPromptSignIn': 'Neu hier?',
  'auth.switchPromptSignUp': 'Schon registriert?',
  'auth.working': 'Einen Moment…',
  'auth.signUpSameAgain':
    'Wenn Sie sich noch einmal mit derselben E-Mail-Adresse und demselben Passwort registrieren, öffnen wir Ihr bestehendes Konto. Dieselbe E-Mail-Adresse mit einem anderen Passwort ergibt ein eigenes, leeres Konto.',
  'auth.welcomeBack': 'Willkommen zurück — Sie hatten schon ein Konto, wir haben Sie angemeldet.',
} as const satisfies Translation<typeof en>;
