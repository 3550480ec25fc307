/** Words of the Account screen: the password, where the person is signed in, and deleting the account. */
export const en = {
  'account.title': 'Your account',
  'account.signedInAs': 'Signed in as {email}.',
  'account.passwordMissing': 'Please enter your current password.',
  'account.working': 'One moment…',

  // Change password
  'account.changeHeading': 'Change your password',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password',
  'account.changeButton': 'Change password',
  'account.changed': 'Your password is changed. Any other devices were signed out; this one stays signed in.',

  // Where you are signed in
  'account.devicesHeading': 'Where you are signed in',
  'account.devicesIntro': 'Each time you sign in on a browser or phone, it shows here.',
  'account.devicesLoading': 'Loading the list…',
  'account.devicesFailed': 'The list could not be loaded. {reason}',
  'account.thisDevice': 'This device',
  'account.signedInToday': 'Signed in today at {time}',
  'account.signedInYesterday': 'Signed in yesterday at {time}',
  'account.signedInOn': 'Signed in on {day} at {time}',
  'account.lastUsedToday': 'Last used today at {time}',
  'account.lastUsedYesterday': 'Last used yesterday at {time}',
  'account.lastUsedOn': 'Last used on {day} at {time}',
  'account.endSession': 'Sign out on that device',
  'account.endSessionLabel': 'Sign out on that device ({device})',
  'account.endingSession': 'Signing out…',
  'account.sessionEnded': 'Signed out on {device}.',
  'account.otherDevices':
    '{count, plural, =0 {You are not signed in anywhere else.} one {You are signed in on # other device too.} other {You are signed in on # other devices too.}}',
  'account.everywhereHint':
    'Lost a phone, or used a shared computer? This signs you out on every device, this one too. You then sign in again here.',
  'account.everywhereButton': 'Sign out everywhere, this device too',
  'account.everywhereDone': 'You were signed out on every device, this one too.',

  // Download everything
  'account.downloadHeading': 'Download everything',
  'account.downloadWhat':
    'One file with everything you have recorded here: check-ins and their earlier versions, doses, plans and holds, questionnaires, red-flag events and your own symptoms. It is yours to keep, or to take to another Taper Companion server.',
  'account.downloadButton': 'Download my records (JSON file)',
  'account.downloadOtherHeading': 'For a spreadsheet or a health record',
  'account.downloadOtherWhat':
    'The same records as tables you can open in a spreadsheet, one file each, or as one FHIR file that health record systems read. These leave out earlier versions of a day and your plan history: keep the JSON file for those.',
  'account.downloadCheckinsCsv': 'Check-ins (CSV table)',
  'account.downloadDosesCsv': 'Doses (CSV table)',
  'account.downloadQuestionnairesCsv': 'Questionnaires (CSV table)',
  'account.downloadEventsCsv': 'Red-flag events (CSV table)',
  'account.downloadFhir': 'Health record (FHIR file)',
  'account.downloadNeedsConnection': 'This needs a connection. Entries not sent yet are not in the file.',

  // Import a file
  'account.importHeading': 'Import a file',
  'account.importWhat':
    'Bring in a file you downloaded here or from another Taper Companion server. It is added to what you have: nothing here is deleted or replaced. Where a day is in both, the later edit becomes the day and the other is kept as an earlier version. Bringing in the same file again changes nothing.',
  'account.importChoose': 'Choose a file to import (JSON)',
  'account.importing': 'Importing… this can take a few seconds for a long record.',
  'account.importDone': 'Imported. Added to your records:',
  'account.importNothingNew': 'Imported. Everything in the file was already here; nothing changed.',
  'account.importMerged':
    '{count, plural, one {# day was in both: the later edit is the day, the other is kept as an earlier version.} other {# days were in both: the later edit is each day, the other is kept as an earlier version.}}',
  'account.importUnchanged':
    '{count, plural, one {# record was already here and stayed as it was.} other {# records were already here and stayed as they were.}}',
  'account.importCount':
    '{kind, select, checkins {{count, plural, one {# check-in} other {# check-ins}}} versions {{count, plural, one {# earlier version of a day} other {# earlier versions of days}}} plans {{count, plural, one {# plan} other {# plans}}} holds {{count, plural, one {# hold} other {# holds}}} doses {{count, plural, one {# dose} other {# doses}}} questionnaires {{count, plural, one {# questionnaire} other {# questionnaires}}} events {{count, plural, one {# red-flag event} other {# red-flag events}}} ownSymptoms {{count, plural, one {# symptom of your own} other {# symptoms of your own}}} other {{count, plural, one {# symptom choice} other {# symptom choices}}}}',
  'account.importNotJson': 'This file is not a Taper Companion export: it could not be read. Nothing was changed.',
  'account.importRefused':
    'Nothing was changed: something in this file is not right, so none of it was imported. The first problem is in {where}.',
  'account.importWhere':
    '{kind, select, checkins {check-in {n}} plans {plan {n}} doses {dose {n}} questionnaires {questionnaire {n}} events {red-flag event {n}} ownSymptoms {symptom of your own {n}} pins {symptom choice {n}} other {the file itself ({field})}}',
  'account.importTooLarge': 'This file is larger than a server takes at once (16 MB). Nothing was changed.',
  'account.importNeedsConnection': 'This needs a connection.',

  // Delete the account
  'account.deleteHeading': 'Delete your account',
  'account.deleteWhat':
    'Deleting your account erases everything in it from the server, for good: your check-ins, doses, plan, questionnaires and notes. It cannot be undone.',
  'account.deleteDevice': 'Entries kept only on this device, not sent yet, are cleared too.',
  'account.deleteCopy': 'If you want to keep your records, download them first (above).',
  'account.deletePassword': 'Your password, to confirm',
  'account.deletePasswordHint': 'Type it, then a button to delete appears below.',
  'account.deleteButton': 'Delete my account and everything in it, for good',
  'account.deleting': 'Deleting…',
  'account.deleted': 'Your account and everything in it were deleted.',
} as const;
