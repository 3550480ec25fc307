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
  // Before the links to a statement's public sources (features/sources).
  'app.readSource': 'Read the source:',
  'language.legend': 'Language',
  'language.hint': 'The app changes at once. Your entries stay as they are.',
  // Each language is named in itself, so a person can find their own whatever the app is showing.
  'language.en': 'English',
  'language.de': 'Deutsch',
  'count.days': '{count, plural, one {# day} other {# days}}',

  // What a person taps for each red flag, and the steps shown after the calling links (clinical.md §6.1).
  'redFlag.seizure': 'I had a seizure',
  'redFlag.seizure.first':
    'If someone is with you, show them this screen. Lie on your side, away from anything hard or sharp.',
  'redFlag.seizure.tell': 'Tell your prescriber today that you had a seizure while tapering.',
  'redFlag.confusion': 'I am confused or disoriented',
  'redFlag.hallucinations': 'I see or hear things that are not there (while awake)',
  'redFlag.suicidal-thoughts': 'I have thoughts of harming myself',
  'redFlag.suicidal-thoughts.help': 'You deserve help right now. Call an emergency number or a crisis line.',
  'redFlag.suicidal-thoughts.near': 'If you can, tell someone near you and stay with them.',
  'redFlag.heavy-sedation': 'I am very drowsy, hard to wake, or breathing slowly',
  'redFlag.heavy-sedation.stay': 'Ask someone to stay with you. Do not drive.',
  'redFlag.opioids-or-alcohol': 'I took my medicine with opioids or alcohol',
  'redFlag.opioids-or-alcohol.why':
    'Together they can slow breathing dangerously, also hours later. Ask someone to stay with you. Do not drive.',
  'redFlag.chest-pain': 'I have chest pain or my heart is racing badly',
  'redFlag.chest-pain.rest': 'Sit down and rest while you wait. Do not drive yourself.',
  'redFlag.fall-or-head-injury': 'I fell or hurt my head',
  'redFlag.fall-or-head-injury.stay': 'Do not drive. Ask someone to stay with you.',
  'redFlag.missed-doses': 'I have missed doses for two days or more',
  'redFlag.missed-doses.contact':
    'Contact your prescriber or pharmacist today and tell them how many doses you missed.',
  'redFlag.missed-doses.noExtra': 'Do not take extra to catch up unless a clinician tells you to.',
  'redFlag.missed-doses.watch':
    'If you notice a seizure, confusion or hallucinations, call your local emergency number.',
  'redFlag.running-out': 'I am running out of my medicine',
  'redFlag.running-out.supply':
    'Contact your prescriber or pharmacy today for a new supply. Stopping suddenly can cause serious withdrawal.',
  'redFlag.running-out.tell': 'Tell them how many days of medicine you have left.',
  'redFlag.keepDose':
    'Do not change your dose on your own. Take your next dose as planned unless a clinician tells you otherwise.',
  'redFlag.askBeforeNextDose': 'Ask the emergency service or a clinician before you take your next dose.',
  'redFlag.stayWithYou': 'Ask someone to stay with you until help comes.',

  // What has not reached the account yet, and why (components/sync-status.tsx), and why a session ended.
  // A day's record in one or two lines: History's day rows, Today's dose list, an entry the account refused.
  'record.severity.0': 'None',
  'record.severity.1': 'Mild',
  'record.severity.2': 'Moderate',
  'record.severity.3': 'Severe',
  'record.symptoms':
    '{rated, plural, =0 {No symptoms rated.} one {# symptom rated, highest: {highest}.} other {# symptoms rated, highest: {highest}.}}',
  'record.sleep': 'Slept {hours} h.',
  'record.noSleep': 'Sleep not recorded.',
  'record.dose': 'Dose {mg}.',
  'record.noDose': 'Dose not recorded.',
  'record.note': 'Note: “{note}”',
  'record.doseLine': '{what} at {time}',
  'record.doseLineForm': '{what} ({form}) at {time}',
  'record.form.tablet': 'tablet',
  'record.form.liquid': 'liquid',
  'record.form.water-mixture': 'water mixture',
  'record.form.drops': 'drops',

  'sync.heading': 'Saving to your account',
  'sync.offline': 'You are offline. Anything you record is kept on this device.',
  'sync.offlineWaiting':
    'You are offline. {count, plural, one {# entry is} other {# entries are}} kept on this device and will be sent when the connection is back.',
  'sync.signedOut':
    '{count, plural, one {# entry waits} other {# entries wait}} on this device. Sign in to add {count, plural, one {it} other {them}} to your account.',
  'sync.tryNow': 'Try sending now',
  'sync.troubled':
    '{count, plural, one {# entry is} other {# entries are}} kept on this device and not yet in your account. The app keeps trying by itself.',
  'sync.sessionEnded':
    'Your session has ended. Please sign in again. Anything you recorded is kept on this device and sent once you are signed in.',
  'sync.otherTab':
    'Someone signed in or out in another tab. Please sign in again here. Anything you recorded is kept on this device.',

  // Plain words for every error code the client can return (a plan's refusals are the plan feature's own words).
  'error.invalid_input': 'Something here does not look quite right. Please check it and try again.',
  'error.unauthenticated': 'You are signed out. Please sign in again. Your entries are kept on this device.',
  'error.invalid_credentials': 'That email and password do not match an account. Please try again.',
  'error.csrf_failed': 'The page lost its connection to your session. Please reload the page and try again.',
  'error.not_found': 'We could not find that.',
  'error.payload_too_large': 'That is too much to save at once. Please shorten the note.',
  'error.unsupported_media_type': 'The app sent something the server did not understand. Please reload the page.',
  'error.date_in_future': 'That date has not happened yet.',
  'error.unknown_symptom': 'One of the symptoms is no longer in the list. Please reload the page.',
  'error.too_many_holds':
    'This plan already has as many holds as one plan can keep (100). To pause again, please make a new plan that starts from the dose you take now.',
  'error.too_many_shares':
    'You already have 10 links that still open. Please stop sharing one you no longer need, then make a new one.',
  'error.range_too_long': 'That is a longer stretch of days than can be shown at once. Please choose a shorter range.',
  'error.invalid_text': 'Some of the text has a character that cannot be saved. Please retype it and try again.',
  'error.weak_password':
    'Please choose a password of at least 10 characters that is not your email, not one letter over and over, and not a common password. A few unrelated words work well.',
  'error.wrong_password': 'Your current password is not right. Please try again.',
  'error.request_timeout': 'The connection was too slow to finish. Please try again.',
  'error.rate_limited': 'Too many tries in a short time. Please rest a few minutes, then try again.',
  'error.unavailable':
    'The server is having trouble right now. Your entries are kept on this device. Please try again later.',
  'error.internal': 'Something went wrong on our side. Nothing you entered was changed. Please try again later.',
  'error.network_error':
    'No connection right now. Your entries are kept on this device. Please try again when you are online.',
  // The password rules in plain words: the sign-in screen and the Account screen both show them.
  'password.rules':
    'At least 10 characters. Not your email address, and not one character over and over. A few unrelated words in a row work well.',
  'password.short': '{missing, plural, one {# more character} other {# more characters}} needed (at least 10).',
  'password.other':
    'This password is too easy to guess: it cannot be your email address, or one character over and over.',
  'error.withField': '{field}: {text}',
  'error.emailMissing': 'Please enter your email address.',
  'error.waitSeconds': 'Please wait a few seconds, then try again.',
  // A short summary for the status line; the full explanation sits next to the field.
  'error.checkField': 'Not saved yet. Please check “{field}” above.',
  'error.checkFields': 'Please check {fields} above.',
  'error.quoted': '“{name}”',

  // What each form field is called, for error messages that name the field.
  'field.email': 'Email',
  'field.password': 'Password',
  'field.currentPassword': 'Current password',
  'field.newPassword': 'New password',
  'field.sleepHours': 'Hours slept',
  'field.doseMg': 'Dose taken',
  'field.note': 'Note',
  'field.date': 'Date',
  'field.symptoms': 'Symptoms',
  'field.medicationId': 'Medicine',
  'field.form': 'Form',

  // A specific explanation when a field's value is not valid.
  'invalid.email': 'Please enter an email address, like name@example.com.',
  'invalid.password': 'Please use at least 10 characters.',
  'invalid.passwordMissing': 'Please enter your password.',
  'invalid.sleepHours':
    'Please enter a number of hours from 0 to 24, in quarter hours (for example 6.5 or 7.25), or leave it empty.',
  'invalid.doseMg':
    'Please enter the dose in milligrams as a number, 0 or more, with at most 3 decimal places (for example 0.375), or leave it empty.',
  'invalid.note': 'The note can be at most 2000 characters.',
  'invalid.medicationId': 'Please choose your medicine.',

  // When the server cannot make a plan because of one field (code invalid_plan).
} as const;
