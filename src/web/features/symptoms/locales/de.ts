import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'symptoms.title': 'Auswählen, was ich verfolge',
  'symptoms.intro':
    'Verfolgte Beschwerden erscheinen unter „Heute“. Weniger ist in Ordnung: Verfolgen Sie nur, was Ihnen wichtig ist.',
  'symptoms.loading': 'Beschwerden werden geladen …',
  'symptoms.loadFailed': 'Die Beschwerden konnten nicht geladen werden. {reason}',
  'symptoms.track': 'Verfolgen',
  'symptoms.trackLabel': '{name} verfolgen',
  'symptoms.ownHeading': 'Meine eigenen Beschwerden',
  'symptoms.addHeading': 'Eigene Beschwerde hinzufügen',
  'symptoms.nameLabel': 'Name',
  'symptoms.nameHint': 'Ein paar Worte, zum Beispiel „Kieferpressen“.',
  'symptoms.nameInvalid': 'Bitte geben Sie 2 bis 60 Zeichen ein.',
  'symptoms.groupLabel': 'Gruppe',
  'symptoms.add': 'Hinzufügen und verfolgen',
  'symptoms.added': '„{name}“ hinzugefügt. Es wird unter „Heute“ verfolgt.',
  'symptoms.stop': 'Nicht mehr verfolgen',
  'symptoms.stopLabel': '{name} nicht mehr verfolgen',
  'symptoms.stopped': '„{name}“ wird nicht mehr verfolgt. Frühere Bewertungen bleiben in Ihrem Verlauf.',
  'symptoms.stopHint': 'Ihre früheren Bewertungen bleiben dabei alle in Ihrem Verlauf.',
  'symptoms.backToToday': 'Zurück zu heute',
  'symptoms.tracked': '{count, plural, one {Sie verfolgen # Beschwerde.} other {Sie verfolgen # Beschwerden.}}',

  'group.sensory': 'Sinne',
  'group.motor': 'Muskeln und Bewegung',
  'group.sleep': 'Schlaf',
  'group.mood': 'Stimmung',
  'group.cognitive': 'Denken und Gedächtnis',
  'group.autonomic': 'Körper (Herz, Schwitzen, Atmung)',
  'group.gastrointestinal': 'Magen und Darm',
  'group.perceptual': 'Wahrnehmung',
} as const satisfies Translation<typeof en>;
