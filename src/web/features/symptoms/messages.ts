/** Words of the My symptoms screen (choose what I track). */

export const symptomsText = {
  title: 'Choose what I track',
  intro: 'Tracked symptoms appear on Today. Fewer is fine: track only what matters to you.',
  loading: 'Loading symptoms…',
  loadFailed: (reason: string) => `The symptoms could not be loaded. ${reason}`,
  track: 'Track',
  trackLabel: (name: string) => `Track ${name}`,
  ownHeading: 'My own symptoms',
  addHeading: 'Add my own symptom',
  nameLabel: 'Name',
  nameHint: 'A few words, for example “jaw clenching”.',
  nameInvalid: 'Please enter 2 to 60 characters.',
  groupLabel: 'Group',
  add: 'Add and track it',
  added: (name: string) => `Added “${name}”. It is tracked on Today.`,
  stop: 'Stop tracking',
  stopLabel: (name: string) => `Stop tracking ${name}`,
  stopped: (name: string) => `Stopped tracking “${name}”. Past ratings stay in your history.`,
  stopHint: 'Stopping keeps all your past ratings in your history.',
  backToToday: 'Back to today',
} as const;
