/** The urgent-help screen's words: what to do now, the calling links and whether the event is in the history. */
import type { CallNumber } from '../../../core/index.js';

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

const AREA_WORDS: Readonly<Record<CallNumber['area'], string>> = {
  europe: 'Europe',
  'north-america': 'North America',
  uk: 'the UK',
  us: 'US',
  'uk-and-ireland': 'UK and Ireland',
};

const PROVIDER_WORDS: Readonly<Record<NonNullable<CallNumber['provider']>, string>> = { samaritans: 'Samaritans' };

/** "Call 112 (Europe)", "Call 988 (crisis line, US)", "Call 116 123 (Samaritans, UK and Ireland)". */
function callLink(n: CallNumber): string {
  const area = AREA_WORDS[n.area];
  if (n.service === 'emergency') return `Call ${n.number} (${area})`;
  const who = n.provider ? PROVIDER_WORDS[n.provider] : 'crisis line';
  return `Call ${n.number} (${who}, ${area})`;
}

export const urgentMessages = {
  title: 'Get help now',
  youSaid: (label: string) => `You told us: ${label}`,
  callHeading: 'Call your local emergency number now',
  callIntro: 'Tap a number to call it. If yours is different, call your own local emergency number.',
  callLink,
  stepsHeading: 'What to do',
  planPaused: 'Your taper plan is paused: no cut happens until you say it is safe to go on, on the Plan screen.',
  recording: 'Adding this to your history…',
  recorded: (at: Date) => `Added to your history at ${TIME.format(at)}.`,
  queued:
    'This is kept on this device and will be added to your history as soon as it can be sent. The steps above matter more.',
  refused: (reason: string) => `This could not be added to your history (${reason}). The steps above matter more.`,
  refusedLater: 'your account did not accept it; it is kept on this device',
  notSignedIn: 'You are not signed in, so this was not added to your history. The steps above matter more.',
  undo: 'Undo',
  undoing: 'Removing it from your history…',
  undone: 'Removed from your history. It does not pause your plan.',
  undoneOnDevice:
    'Removed on this device. Your account follows as soon as it can be sent. It does not pause your plan.',
  undoRefused: (reason: string) => `This could not be removed from your history (${reason}).`,
  back: 'Back to today',
  backSignedOut: 'Back',
} as const;
