/**
 * The words for an entry the account refused: what it was, what it held, and removing it from the device. Rare, so
 * they load with the part that shows a refusal, not with the check-in.
 */
export const en = {
  'sync.rejected': '{what} could not be added to your account: {reason}',
  'sync.rejectedHint': 'It is still kept on this device. Remove it once you have noted what you need from it.',
  'sync.eventContent': '“{kind}”, recorded {time} on {date}.',
  'sync.discard': 'Remove from this device',
  'sync.discardLabel': 'Remove from this device: {what}',
  'sync.what.checkin': 'The check-in for {date}',
  'sync.what.dose': 'A dose of {mg}',
  'sync.what.doseDelete': 'Undoing a dose',
  'sync.what.assessment': 'A {name} questionnaire',
  'sync.what.event': 'A serious event',
  'sync.what.eventDelete': 'Undoing a serious event',
} as const;
