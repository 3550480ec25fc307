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
  'app.readSource': 'Zur Quelle:',
  'app.footer': 'Taper Companion dient der Information und ersetzt keine ärztliche Beratung.',
  'language.legend': 'Sprache',
  'language.hint': 'Die App wechselt sofort. Ihre Einträge bleiben, wie sie sind.',
  'count.days': '{count, plural, one {# Tag} other {# Tage}}',

  'redFlag.seizure': 'Ich hatte einen Krampfanfall',
  'redFlag.seizure.first':
    'Wenn jemand bei Ihnen ist, zeigen Sie ihm diese Seite. Legen Sie sich auf die Seite, weg von harten oder scharfen Gegenständen.',
  'redFlag.seizure.tell':
    'Sagen Sie Ihrer Ärztin oder Ihrem Arzt noch heute, dass Sie beim Ausschleichen einen Krampfanfall hatten.',
  'redFlag.confusion': 'Ich bin verwirrt oder finde mich nicht zurecht',
  'redFlag.hallucinations': 'Ich sehe oder höre Dinge, die nicht da sind (im Wachzustand)',
  'redFlag.suicidal-thoughts': 'Ich habe Gedanken, mir etwas anzutun',
  'redFlag.suicidal-thoughts.help':
    'Sie haben jetzt Hilfe verdient. Rufen Sie eine Notrufnummer oder eine Krisenhotline an.',
  'redFlag.suicidal-thoughts.near': 'Wenn Sie können, sagen Sie es jemandem in Ihrer Nähe und bleiben Sie bei ihm.',
  'redFlag.heavy-sedation': 'Ich bin sehr schläfrig, schwer wach zu bekommen oder atme langsam',
  'redFlag.heavy-sedation.stay': 'Bitten Sie jemanden, bei Ihnen zu bleiben. Fahren Sie nicht Auto.',
  'redFlag.opioids-or-alcohol': 'Ich habe mein Medikament zusammen mit Opioiden oder Alkohol genommen',
  'redFlag.opioids-or-alcohol.why':
    'Zusammen können sie die Atmung gefährlich verlangsamen, auch noch Stunden später. Bitten Sie jemanden, bei Ihnen zu bleiben. Fahren Sie nicht Auto.',
  'redFlag.chest-pain': 'Ich habe Schmerzen in der Brust oder starkes Herzrasen',
  'redFlag.chest-pain.rest': 'Setzen Sie sich und ruhen Sie sich aus, während Sie warten. Fahren Sie nicht selbst.',
  'redFlag.fall-or-head-injury': 'Ich bin gestürzt oder habe mir den Kopf verletzt',
  'redFlag.fall-or-head-injury.stay': 'Fahren Sie nicht Auto. Bitten Sie jemanden, bei Ihnen zu bleiben.',
  'redFlag.missed-doses': 'Ich habe seit zwei Tagen oder länger Dosen ausgelassen',
  'redFlag.missed-doses.contact':
    'Melden Sie sich noch heute bei Ihrer Ärztin, Ihrem Arzt oder in der Apotheke und sagen Sie, wie viele Dosen Sie ausgelassen haben.',
  'redFlag.missed-doses.noExtra':
    'Nehmen Sie nicht mehr ein, um etwas nachzuholen, außer eine Ärztin oder ein Arzt sagt es Ihnen.',
  'redFlag.missed-doses.watch':
    'Wenn Sie einen Krampfanfall, Verwirrtheit oder Halluzinationen bemerken, rufen Sie den Notruf an.',
  'redFlag.running-out': 'Mein Medikament geht zu Ende',
  'redFlag.running-out.supply':
    'Melden Sie sich noch heute bei Ihrer Ärztin, Ihrem Arzt oder in der Apotheke für Nachschub. Plötzliches Absetzen kann schwere Entzugserscheinungen auslösen.',
  'redFlag.running-out.tell': 'Sagen Sie dort, für wie viele Tage Sie noch Medikament haben.',
  'redFlag.keepDose':
    'Ändern Sie Ihre Dosis nicht auf eigene Faust. Nehmen Sie die nächste Dosis wie geplant, außer eine Ärztin oder ein Arzt sagt etwas anderes.',
  'redFlag.askBeforeNextDose':
    'Fragen Sie den Rettungsdienst oder eine Ärztin oder einen Arzt, bevor Sie die nächste Dosis nehmen.',
  'redFlag.stayWithYou': 'Bitten Sie jemanden, bei Ihnen zu bleiben, bis Hilfe kommt.',

  'record.severity.0': 'Keine',
  'record.severity.1': 'Leicht',
  'record.severity.2': 'Mittel',
  'record.severity.3': 'Stark',
  'record.symptoms':
    '{rated, plural, =0 {Keine Beschwerden bewertet.} one {# Beschwerde bewertet, am stärksten: {highest}.} other {# Beschwerden bewertet, am stärksten: {highest}.}}',
  'record.sleep': '{hours} Std. geschlafen.',
  'record.noSleep': 'Schlaf nicht erfasst.',
  'record.dose': 'Dosis {mg}.',
  'record.noDose': 'Dosis nicht erfasst.',
  'record.note': 'Notiz: „{note}“',
  'record.doseLine': '{what} um {time}',
  'record.doseLineForm': '{what} ({form}) um {time}',
  'record.form.tablet': 'Tablette',
  'record.form.liquid': 'Flüssigkeit',
  'record.form.water-mixture': 'Wassermischung',
  'record.form.drops': 'Tropfen',

  'sync.heading': 'Speichern in Ihrem Konto',
  'sync.offline': 'Sie sind offline. Alles, was Sie eintragen, bleibt auf diesem Gerät gespeichert.',
  'sync.offlineWaiting':
    'Sie sind offline. {count, plural, one {# Eintrag bleibt} other {# Einträge bleiben}} auf diesem Gerät gespeichert und {count, plural, one {wird} other {werden}} gesendet, sobald die Verbindung wieder da ist.',
  'sync.signedOut':
    '{count, plural, one {# Eintrag wartet} other {# Einträge warten}} auf diesem Gerät. Melden Sie sich an, um {count, plural, one {ihn} other {sie}} Ihrem Konto hinzuzufügen.',
  'sync.tryNow': 'Jetzt senden',
  'sync.troubled':
    '{count, plural, one {# Eintrag ist} other {# Einträge sind}} auf diesem Gerät gespeichert, aber noch nicht in Ihrem Konto. Die App versucht es von selbst weiter.',
  'sync.sessionEnded':
    'Ihre Sitzung ist beendet. Bitte melden Sie sich wieder an. Alles, was Sie eingetragen haben, bleibt auf diesem Gerät und wird nach der Anmeldung gesendet.',
  'sync.otherTab':
    'In einem anderen Tab hat sich jemand an- oder abgemeldet. Bitte melden Sie sich hier wieder an. Alles, was Sie eingetragen haben, bleibt auf diesem Gerät.',

  'error.invalid_input': 'Hier stimmt etwas noch nicht ganz. Bitte prüfen Sie es und versuchen Sie es noch einmal.',
  'error.unauthenticated':
    'Sie sind abgemeldet. Bitte melden Sie sich wieder an. Ihre Einträge bleiben auf diesem Gerät gespeichert.',
  'error.invalid_credentials':
    'Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto. Bitte versuchen Sie es noch einmal.',
  'error.csrf_failed':
    'Die Seite hat die Verbindung zu Ihrer Sitzung verloren. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'error.not_found': 'Das konnten wir nicht finden.',
  'error.payload_too_large': 'Das ist zu viel auf einmal. Bitte kürzen Sie die Notiz.',
  'error.unsupported_media_type':
    'Die App hat etwas gesendet, das der Server nicht versteht. Bitte laden Sie die Seite neu.',
  'error.date_in_future': 'Dieser Tag liegt noch in der Zukunft.',
  'error.unknown_symptom': 'Eines der Symptome ist nicht mehr in der Liste. Bitte laden Sie die Seite neu.',
  'error.too_many_holds':
    'Dieser Plan hat schon so viele Pausen, wie ein Plan haben kann (100). Um noch einmal zu pausieren, erstellen Sie bitte einen neuen Plan, der bei Ihrer jetzigen Dosis beginnt.',
  'error.too_many_shares':
    'Sie haben schon 10 Links, die noch offen sind. Bitte beenden Sie zuerst einen, den Sie nicht mehr brauchen, und erstellen Sie dann einen neuen.',
  'error.range_too_long':
    'So viele Tage lassen sich nicht auf einmal anzeigen. Bitte wählen Sie einen kürzeren Zeitraum.',
  'error.invalid_text':
    'Der Text enthält ein Zeichen, das nicht gespeichert werden kann. Bitte tippen Sie ihn neu und versuchen Sie es noch einmal.',
  'error.weak_password':
    'Bitte wählen Sie ein Passwort mit mindestens 10 Zeichen, das nicht Ihre E-Mail-Adresse ist, nicht immer dasselbe Zeichen und kein häufiges Passwort. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.',
  'error.wrong_password': 'Ihr aktuelles Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.',
  'error.request_timeout': 'Die Verbindung war zu langsam. Bitte versuchen Sie es noch einmal.',
  'error.rate_limited':
    'Zu viele Versuche in kurzer Zeit. Bitte ruhen Sie sich ein paar Minuten aus und versuchen Sie es dann noch einmal.',
  'error.unavailable':
    'Der Server hat gerade Probleme. Ihre Einträge bleiben auf diesem Gerät gespeichert. Bitte versuchen Sie es später noch einmal.',
  'error.internal':
    'Bei uns ist etwas schiefgegangen. Nichts von Ihren Eingaben wurde verändert. Bitte versuchen Sie es später noch einmal.',
  'error.network_error':
    'Gerade keine Verbindung. Ihre Einträge bleiben auf diesem Gerät gespeichert. Bitte versuchen Sie es noch einmal, wenn Sie online sind.',
  'password.rules':
    'Mindestens 10 Zeichen. Nicht Ihre E-Mail-Adresse und nicht immer dasselbe Zeichen. Ein paar Wörter hintereinander, die nichts miteinander zu tun haben, eignen sich gut.',
  'password.short': 'Noch {missing, plural, one {# Zeichen} other {# Zeichen}} nötig (mindestens 10).',
  'password.other':
    'Dieses Passwort ist zu leicht zu erraten: Es darf nicht Ihre E-Mail-Adresse sein und nicht immer dasselbe Zeichen.',
  'error.withField': '{field}: {text}',
  'error.emailMissing': 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  'error.waitSeconds': 'Bitte warten Sie ein paar Sekunden und versuchen Sie es dann noch einmal.',
  'error.checkField': 'Noch nicht gespeichert. Bitte prüfen Sie „{field}“ oben.',
  'error.checkFields': 'Bitte prüfen Sie {fields} oben.',
  'error.quoted': '„{name}“',

  'field.email': 'E-Mail-Adresse',
  'field.password': 'Passwort',
  'field.currentPassword': 'Aktuelles Passwort',
  'field.newPassword': 'Neues Passwort',
  'field.sleepHours': 'Stunden geschlafen',
  'field.doseMg': 'Eingenommene Dosis',
  'field.note': 'Notiz',
  'field.date': 'Datum',
  'field.symptoms': 'Symptome',
  'field.medicationId': 'Medikament',
  'field.form': 'Darreichungsform',

  'invalid.email': 'Bitte geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.com.',
  'invalid.password': 'Bitte verwenden Sie mindestens 10 Zeichen.',
  'invalid.passwordMissing': 'Bitte geben Sie Ihr Passwort ein.',
  'invalid.sleepHours':
    'Bitte geben Sie eine Stundenzahl von 0 bis 24 in Viertelstunden ein (zum Beispiel 6,5 oder 7,25), oder lassen Sie das Feld leer.',
  'invalid.doseMg':
    'Bitte geben Sie die Dosis in Milligramm als Zahl ein, 0 oder mehr, mit höchstens 3 Nachkommastellen (zum Beispiel 0,375), oder lassen Sie das Feld leer.',
  'invalid.note': 'Die Notiz darf höchstens 2000 Zeichen lang sein.',
  'invalid.medicationId': 'Bitte wählen Sie Ihr Medikament.',
} as const satisfies Translation<typeof en>;
