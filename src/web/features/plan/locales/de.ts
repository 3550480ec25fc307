import type { Translation } from '../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'plan.chooseMedication': 'Wählen Sie Ihr Medikament',
  'plan.medicationOption': '{name} ({brands})',
  'plan.formHomeMixture': 'Flüssig (selbst angerührte Wassermischung)',

  'plan.kind.substitute': 'Umstellung',
  'plan.kind.reduce': 'Reduktion',
  'plan.kind.stop': 'Ende',
  'plan.kind.maintain': 'Beibehalten',
  'plan.table.ashton': 'Ashton-Manual',
  'plan.table.va-dod': 'VA/DoD 2021',
  'plan.factTable.ashton': 'Ashton (Tabelle von 2007)',
  'plan.factTable.va-dod': 'VA/DoD (2021)',
  'plan.source.ashton-equivalence-2007': 'Ashton-Äquivalenztabelle (überarbeitet April 2007)',
  'plan.source.va-dod-2021': 'VA/DoD-Leitlinie (2021)',
  'plan.source.jcpg-2025': 'Joint Clinical Practice Guideline (2025)',
  'plan.source.nhs-scotland': 'Umstellungstabelle des NHS Scotland',
  'plan.source.bluelight-chart': 'Bluelight-Umrechnungstabelle',
  'plan.source.openfda': 'Fachinformationen bei openFDA',
  'plan.source.roche-rivotril': 'Packungsbeilage Rivotril (Roche)',
  'plan.source.nice-cks': 'NICE CKS',
  'plan.source.va-handout': 'Patienteninformation der VA',

  'plan.title': 'Ihr Reduktionsplan',
  'plan.loadingPlan': 'Ihr Plan wird geladen…',
  'plan.medicinesUnavailable': 'Die Liste der Medikamente konnte nicht geladen werden. {reason}',
  'plan.retry': 'Noch einmal versuchen',

  'plan.aboutHeading': 'Ihr Medikament',
  'plan.medication': 'Medikament',
  'plan.form': 'Darreichungsform',
  'plan.formHint': 'In welcher Form Sie es nehmen. Mit einer Wassermischung werden die Schritte kleiner möglich.',
  'plan.dose': 'Aktuelle Tagesdosis (mg)',
  'plan.doseHint': 'Alles zusammen über einen Tag, zum Beispiel 2 oder 0,75.',
  'plan.timesLegend': 'Wie oft am Tag nehmen Sie es?',
  'plan.timesOption': '{count, plural, =1 {Einmal} =2 {Zweimal} =3 {Dreimal} other {#-mal}}',
  'plan.timeLabel': 'Dosis {position}: wann',
  'plan.splitLegend': 'Wie ist sie aufgeteilt?',
  'plan.splitEqual': 'Gleiche Mengen',
  'plan.splitOwn': 'Ich gebe die Mengen ein',
  'plan.timeMg': '{time}: Dosis (mg)',

  'plan.strategyHeading': 'Wie reduzieren',
  'plan.strategyLegend': 'Wählen Sie eine Art der Reduktion',
  'plan.proportional': 'Prozentual (empfohlen)',
  'plan.proportionalHint':
    'Jeweils einen Prozentsatz der aktuellen Dosis reduzieren. Die Schritte werden kleiner, wenn die Dosis kleiner wird.',
  'plan.linear': 'Fester Betrag',
  'plan.linearHint':
    'Jedes Mal um dieselbe Menge in mg reduzieren. Späte Schritte werden groß; die App warnt, wenn das so ist.',
  'plan.crossover': 'Umstellung auf Diazepam (Ashton-Methode)',
  'plan.crossoverHint':
    'Ihr Medikament wird Dosis für Dosis durch Diazepam ersetzt, dann wird Diazepam langsam reduziert.',
  'plan.custom': 'Meine eigenen Schritte',
  'plan.customHint': 'Sie geben jeden Schritt selbst ein: die Tagesdosis und wie viele Tage Sie dabei bleiben.',
  'plan.customLegend': 'Ihre Schritte',
  'plan.customIntro':
    'Von Ihrem ersten Schritt bis zu Ihrem Ziel. Die letzte Zeile ist, wo Sie enden: 0 zum Absetzen, oder die Dosis, bei der Sie bleiben.',
  'plan.customStep': 'Schritt {step}',
  'plan.customEnd': 'Schritt {step}: Ziel',
  'plan.customDose': 'Tagesdosis (mg)',
  'plan.customEndDose': 'Ziel (mg am Tag)',
  'plan.customEndHint': '0 zum Absetzen. Diese Dosis gilt danach weiter.',
  'plan.customDays': 'Tage auf diesem Schritt',
  'plan.customDaysLess': 'Ein Tag weniger bei Schritt {step}',
  'plan.customDaysMore': 'Ein Tag mehr bei Schritt {step}',
  'plan.addStep': 'Schritt hinzufügen',
  'plan.addStepHint': 'Fügt einen Schritt vor dem Ziel ein.',
  'plan.remove': 'Entfernen',
  'plan.removeStep': 'Schritt {step} entfernen',
  'plan.stepRemoved': 'Schritt {step} entfernt.',
  'plan.stepAdded': 'Schritt {step} hinzugefügt.',
  'plan.diazepamFormLegend': 'Welches Diazepam werden Sie nehmen?',
  'plan.diazepamLiquid': 'Diazepam-Lösung 1 mg/mL (feinere Schritte)',
  'plan.diazepamTablet': 'Diazepam-Tabletten 2, 5, 10 mg',
  'plan.percent': 'Reduktion je Schritt (%)',
  'plan.percentHint':
    'Von der Dosis, die Sie zu dem Zeitpunkt nehmen. 5 bis 10\u00a0% ist ein üblicher Anfang; höchstens 25\u00a0%.',
  'plan.percentLess': 'Ein Prozent weniger',
  'plan.percentMore': 'Ein Prozent mehr',
  'plan.interval': 'Tage zwischen den Reduktionen',
  'plan.intervalHint': 'Mindestens 7. Zwei Wochen (14) werden oft gewählt.',
  'plan.intervalLess': 'Ein Tag weniger',
  'plan.intervalMore': 'Ein Tag mehr',
  'plan.stepMg': 'Menge je Reduktion (mg)',
  'plan.stepMgHint': 'Zum Beispiel 0,25.',
  'plan.equivalentLegend': 'Welche Äquivalenzdosis möchten Sie verwenden?',
  'plan.equivalentIntro':
    'Die veröffentlichten Tabellen sind sich nicht einig, wie viel Diazepam Ihr Medikament ersetzt. Bitte wählen Sie eine zusammen mit Ihrer Ärztin oder Ihrem Arzt. Die App rechnet nie ohne Ihre Wahl um.',
  'plan.equivalentOption': '{table}: {dose} {name} ≈ 10 mg Diazepam (Verhältnis {ratio})',
  'plan.sources': 'Quellen: {sources}.',
  'plan.noEquivalents':
    'Für dieses Medikament gibt es in unserer Liste keine veröffentlichte Äquivalenzdosis, deshalb kann die Umstellung hier nicht geplant werden.',

  'plan.detailsHeading': 'Wann und wie weit',
  'plan.startDate': 'Startdatum',
  'plan.startDateHint': 'An diesem Tag ist die erste Reduktion.',
  'plan.endpointLegend': 'Wo möchten Sie enden?',
  'plan.endpointStop': 'Ganz absetzen',
  'plan.endpointMaintain': 'Bei einer kleineren Dosis bleiben',
  'plan.maintainMg': 'Dosis, bei der Sie bleiben (mg am Tag)',
  'plan.maintainMgDiazepam': 'Diazepam-Dosis, bei der Sie bleiben (mg Diazepam am Tag)',
  'plan.maintainHintDiazepamUnknown':
    'Nach einer Umstellung bleiben Sie bei Diazepam, deshalb ist dies in mg Diazepam. Wählen Sie oben eine Äquivalenzdosis, um Ihre Dosis in Diazepam zu sehen.',
  'plan.maintainHintDiazepam':
    'Nach einer Umstellung bleiben Sie bei Diazepam, deshalb ist dies in mg Diazepam. Ihre aktuelle Dosis entspricht mit der gewählten Äquivalenzdosis etwa {dose} Diazepam.',
  'plan.moreOptions': 'Weitere Einstellungen',
  'plan.floorMg': 'Absetzen, wenn die Tagesdosis darunter fallen würde (mg)',
  'plan.floorHint':
    'Leer lassen für das übliche Ende: Der Plan setzt ab, sobald die Dosis unter etwa 0,5 mg Diazepam oder der entsprechenden Menge liegt (bei Clonazepam 0,025 mg). Sie können eine niedrigere Grenze wählen, keine höhere.',
  'plan.paceLegend': 'Wie schnell?',
  'plan.paceGuideline': 'Im Tempo der Leitlinie (empfohlen)',
  'plan.paceGuidelineHint':
    'Nicht mehr als ein Viertel der Dosis in zwei Wochen. Wäre ein Schritt schneller, macht die App ihn kleiner oder länger und sagt es Ihnen.',
  'plan.paceFaster': 'Meine Ärztin oder mein Arzt und ich haben ein schnelleres Tempo gewählt',
  'plan.paceFasterHint':
    'Nur wenn Sie es gemeinsam vereinbart haben. Der Plan, die Vorbereitungskarten und der Kalender sagen es dann. Langsamer werden geht immer.',
  'plan.mixVolume': 'Wasser, in das die Tablette kommt',
  'plan.mixVolumeHint':
    'Für die Wassermischung. „Automatisch“ wählt die kleinste Menge, mit der jede Dosis genau bleibt.',
  'plan.mixVolumeAutomatic': 'Automatisch',
  'plan.strengthsLegend': 'Tablettenstärken, die ich habe',
  'plan.strengthsHint': 'Entfernen Sie den Haken bei allen, die Sie nicht haben. Der Plan nimmt dann nur die übrigen.',
  'plan.strengthOption': 'Tabletten zu {strength}',
  'plan.takenDaily': 'Ich nehme es seit mehr als 4 Wochen an den meisten Tagen',
  'plan.epilepsy': 'Ich nehme es wegen einer Epilepsie',
  'plan.syringe': 'Skala der Spritze',
  'plan.syringeHint': 'Der kleinste Teilstrich auf Ihrer Oralspritze. Die Mengen werden darauf gerundet.',
  'plan.highDose':
    '{dose} {name} am Tag liegt weit über dem üblichen Bereich: mehr als die Entsprechung von 40 mg Diazepam (Tabelle nach Ashton). Eine Reduktion von so einer hohen Dosis braucht einen Plan, den Sie mit Ihrer Ärztin, Ihrem Arzt oder einer Fachstelle machen. Sie können sich hier trotzdem einen Plan ansehen und ihn mitnehmen.',

  'plan.preview': 'Vorschau',
  'plan.previewing': 'Der Plan wird berechnet…',
  'plan.previewUpdated': 'Vorschau aktualisiert.',
  'plan.previewHeading': 'Vorschau',
  'plan.savedHeading': 'Ihr gespeicherter Plan',
  'plan.savedLine': 'Version {revision}, gespeichert am {day}.',
  'plan.save': 'Plan speichern',
  'plan.saving': 'Wird gespeichert…',
  'plan.saved': 'Plan gespeichert.',
  'plan.signInToSave': 'Bitte melden Sie sich erneut an, um zu speichern.',
  'plan.blocked': 'Dieser Plan kann nicht erstellt werden',

  'plan.warningsHeading': 'Bitte zuerst lesen',
  'plan.warningSource': 'Quelle: {source}',
  'plan.warningSteps': '{count, plural, one {Betrifft Schritt {steps}.} other {Betrifft die Schritte {steps}.}}',

  'plan.screen.nowHeading': 'Jetzt',
  'plan.screen.nextHeading': 'Nächste Änderung',
  'plan.screen.firstHeading': 'Ihr erster Schritt',
  'plan.screen.stepLabel': 'Schritt {step} von {total}',
  'plan.screen.since': 'Seit {day}. Diese Dosis gilt weiter.',
  'plan.screen.during': '{start} bis {end}',
  'plan.screen.from': 'Ab {day}',
  'plan.screen.noNext': 'In diesem Plan gibt es keine weiteren Änderungen.',
  'plan.screen.finalStep': 'Dies ist der letzte Schritt Ihres Plans.',
  'plan.screen.changePlan': 'Meinen Plan ändern',
  'plan.screen.keepSaved': 'Meinen gespeicherten Plan behalten',
  'plan.screen.editorHeading': 'Ihren Plan ändern',
  'plan.screen.newHeading': 'Ihren Plan erstellen',
  'plan.screen.noPlanIntro':
    'Sie haben noch keinen Plan. Beantworten Sie unten ein paar Fragen und tippen Sie auf „Vorschau“. Gespeichert wird erst, wenn Sie auf „Plan speichern“ tippen.',
  'plan.screen.editorIntro':
    'Ändern Sie, was Sie möchten, und tippen Sie auf „Vorschau“. Ihr gespeicherter Plan bleibt, wie er ist, bis Sie auf „Plan speichern“ tippen.',
  'plan.screen.offline':
    'Gerade keine Verbindung. Dies ist die Kopie Ihres Plans auf diesem Gerät. Für Änderungen braucht es eine Verbindung.',
  'plan.screen.showPast':
    '{count, plural, one {Den vergangenen Schritt zeigen} other {Vergangene Schritte zeigen (#)}}',
  'plan.screen.currentMark': 'Jetzt',
  'plan.screen.doseLabel': 'Tagesdosis',
  'plan.screen.cutLabel': 'Reduktion',
  'plan.screen.measureLabel': 'So messen Sie es ab',
  'plan.screen.moreHeading': 'Mehr zu diesem Plan',

  'plan.scheduleHeading': 'Ablauf',
  'plan.scheduleCaption': '{count, plural, one {# Schritt} other {# Schritte}}. Tagesdosen in mg {scale}.',
  'plan.stepNumber': '{step} ({kind})',
  'plan.dates': '{start} bis {end}',
  'plan.datesFrom': 'Ab {start}',
  'plan.held': '{count, plural, one {Mit # zusätzlichen Tag Pause.} other {Mit # zusätzlichen Tagen Pause.}}',
  'plan.cut': '{percent}\u00a0%',
  'plan.noCut': '–',
  'plan.addedDays': '{count, plural, one {# Tag} other {# Tage}} länger als gewünscht, um das Tempo zu halten.',
  'plan.equivalenceSame': 'Entspricht {dose} Diazepam vor der Umstellung.',
  'plan.equivalenceRounded':
    'Durch das Runden ist das {percent}\u00a0% weniger als die {dose} Diazepam vor der Umstellung.',

  'plan.chartHeading': 'Dosis im Verlauf',
  'plan.chartLabel':
    'Stufendiagramm der Tagesdosis: {from} ab {start}, hinunter auf {to} ab {last}, in {steps, plural, one {# Schritt} other {# Schritten}}. Die Tabelle darunter hat jeden Schritt.',
  'plan.chartLabelHeld':
    'Stufendiagramm der Tagesdosis: {from} ab {start}, hinunter auf {to} ab {last}, in {steps, plural, one {# Schritt} other {# Schritten}}. {holds, plural, one {# Schritt dauert länger.} other {# Schritte dauern länger.}} Die Tabelle darunter hat jeden Schritt.',
  'plan.chartUnit': 'Tagesdosis, in mg {scale}',
  'plan.chartLegendSwitch': 'Schattiert: Umstellung auf Diazepam',
  'plan.chartLegendHold': 'Gestrichelt: länger gehalten',

  'plan.holdsHeading': 'Pausen',
  'plan.holdsIntro':
    'Mit einer Pause bleiben Sie länger auf einem Schritt. Alle späteren Daten verschieben sich. Sie entscheiden, mit Ihrer Ärztin oder Ihrem Arzt; die App reduziert nie von sich aus.',
  'plan.holdLine': 'Schritt {step}: {days, plural, one {# zusätzlicher Tag} other {# zusätzliche Tage}}. „{reason}“',
  'plan.ignoredHoldsIntro':
    'Eine frühere Version der App hat diese Pausen gespeichert, aber der Plan kann sie nicht aufnehmen; die Daten unten sind ohne sie. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie die nächste Reduktion machen.',
  'plan.holdStep': 'Schritt für die Pause',
  'plan.holdStepOption': 'Schritt {step}: {dose}, ab {start}',
  'plan.holdDays': 'Zusätzliche Tage',
  'plan.holdDaysLess': 'Ein Tag weniger',
  'plan.holdDaysMore': 'Ein Tag mehr',
  'plan.holdReason': 'Grund',
  'plan.holdReasonHint': 'Ein paar Worte, zum Beispiel „Beschwerden klingen noch ab“.',
  'plan.addHold': 'Pause einfügen',
  'plan.addingHold': 'Die Pause wird eingefügt…',
  'plan.holdAdded': 'Pause eingefügt. Die Daten haben sich verschoben.',
  'plan.noHoldableSteps': 'Es gibt keine künftigen Schritte mehr, die Sie verlängern können.',

  'plan.calendar': 'Kalender herunterladen (.ics)',
  'plan.calendarHint':
    'Trägt jeden Schritt der nächsten 12 Monate in Ihren Kalender ein, mit einer Erinnerung am Tag jeder Änderung. Laden Sie ihn für die Monate danach erneut herunter.',
  'plan.print': 'Vorbereitungskarten drucken',
  'plan.printHint':
    '{count, plural, one {# Karte} other {# Karten}}, eine je Schritt, zum Aufbewahren neben Ihrem Medikament.',
  'plan.printLegend': 'Drucken',
  'plan.printUpcoming': 'Nur kommende Schritte',
  'plan.printAll': 'Alle Schritte',

  'plan.card.title': 'Schritt {step}',
  'plan.card.faster':
    'Schneller als das Tempo der Leitlinie, wie Sie es mit Ihrer Ärztin oder Ihrem Arzt gewählt haben.',
  'plan.card.mixtureShort':
    'Wassermischung: direkt vor jedem Abmessen gut schütteln und jeden Tag frisch ansetzen. Lassen Sie die Methode von Ihrer Apotheke prüfen.',
  'plan.card.strengths': 'Tabletten zu {strengths}',
  'plan.card.concentration': 'Lösung mit {concentration}\u00a0mg/mL',
  'plan.card.dropStrength': 'Tropfen zu je {dose}',
  'plan.card.homeMixture': 'selbst angerührte Wassermischung',
  'plan.card.tools': 'Sie brauchen: {tools}.',
  'plan.card.medicine': '{name} · {details}',

  'plan.summaryHeading': 'Auf einen Blick',
  'plan.oneStep': 'Dieser Plan hat einen Schritt.',
  'plan.duration':
    'Vom ersten bis zum letzten Schritt dauert es etwa {weeks, plural, one {# Woche} other {# Wochen}} ({months, plural, one {# Monat} other {# Monate}}), ohne Pausen, die Sie später einfügen.',
  'plan.finalStop':
    'Der letzte Schritt setzt von höchstens {dose} {scale} am Tag ab, der Größe des letzten Schritts in der Diazepam-Reduktionstabelle.',
  'plan.finalStopEquivalent':
    'Der letzte Schritt setzt von höchstens {dose} {scale} am Tag ab (der Entsprechung von 1 mg Diazepam), der Größe des letzten Schritts in der Diazepam-Reduktionstabelle.',
  'plan.paceGuidelineLine':
    'Jeder Schritt hält das Tempo der Leitlinie ein: nicht mehr als ein Viertel der Dosis in zwei Wochen.',
  'plan.paceFasterLine':
    'Sie haben mit Ihrer Ärztin oder Ihrem Arzt ein schnelleres Tempo gewählt. Schritte, die schneller sind als die Leitlinie, stehen unter „Bitte zuerst lesen“. Trotzdem verlieren zwei Wochen nie mehr als die Hälfte der Dosis.',
  'plan.adjustmentsHeading': 'Was die App geändert hat, um das Tempo zu halten',
  'plan.adjust.homeMixture':
    '{count, plural, one {Ab Schritt {steps}} other {Ab den Schritten {steps}}} wird ein Teil jeder Dosis hergestellt, indem Sie eine {medicine}-Tablette in Wasser einrühren (eine Wassermischung), weil sich mit {chosenForm} so kleine Schritte nicht machen lassen. Sie brauchen dafür {medicine}-Tabletten und eine Oralspritze; wenn Sie keine haben, fragen Sie bitte Ihre Ärztin oder Ihren Arzt. Die Tabelle sagt genau, wie.',
  'plan.adjust.liquid':
    '{count, plural, one {Ab Schritt {steps}} other {Ab den Schritten {steps}}} wird {medicine} als Lösung aus der Apotheke abgemessen, weil sich mit {chosenForm} so kleine Schritte nicht machen lassen. Bitte fragen Sie Ihre Ärztin oder Ihren Arzt danach. Die Tabelle sagt genau, wie.',
  'plan.adjust.form':
    '{count, plural, one {Ab Schritt {steps}} other {Ab den Schritten {steps}}} wird {medicine} als {form} abgemessen, weil sich mit {chosenForm} so kleine Schritte nicht machen lassen.',
  'plan.adjust.interval':
    '{count, plural, one {Schritt {steps} dauert} other {Die Schritte {steps} dauern}} länger als gewünscht, damit in zwei Wochen nie mehr als ein Viertel der Dosis wegfällt.',
  'plan.adjust.capped':
    'Die Reduktionen bei {count, plural, one {Schritt {steps}} other {den Schritten {steps}}} sind kleiner als gewünscht, damit keine mehr als ein Viertel der Dosis ist.',
  'plan.adjust.cappedFaster':
    'Die Reduktionen bei {count, plural, one {Schritt {steps}} other {den Schritten {steps}}} sind kleiner als gewünscht, damit keine mehr als die Hälfte der Dosis ist, auch im schnelleren Tempo, das Sie gewählt haben.',
  'plan.adjust.rounded':
    'Während der Umstellung ({count, plural, one {Schritt {steps}} other {Schritte {steps}}}) wird Diazepam auf eine messbare Menge abgerundet, nie aufgerundet. Die Tabelle zeigt, um wie viel.',

  'plan.facts.heading': 'Über {name}',
  'plan.facts.halfLife': 'Halbwertszeit: {low}–{high} Stunden.',
  'plan.facts.halfLifeMetabolite':
    'Halbwertszeit: {low}–{high} Stunden; sein wirksames Abbauprodukt bis zu {metabolite} Stunden.',
  'plan.facts.halfLifeHint': 'Die Halbwertszeit ist die Zeit, in der der Körper die Hälfte des Medikaments abbaut.',
  'plan.facts.confirmed': 'Quelle: {sources}.',
  'plan.facts.secondary': 'Aus einer Sekundärtabelle, noch nicht mit dem Original verglichen: {sources}.',
  'plan.facts.unchecked':
    'Noch nicht mit einer veröffentlichten Quelle verglichen. Bitte lassen Sie es von Ihrer Apotheke prüfen.',
  'plan.facts.equivalentsHeading': 'Etwa so viel wie 10 mg Diazepam',
  'plan.facts.equivalent': '{table}: {dose} mg.',
  'plan.facts.range': '{low}–{high}',
  'plan.facts.equivalentsNote':
    'Die veröffentlichten Tabellen unterscheiden sich, und Menschen auch. Diese Zahlen sind eine Orientierung, keine Dosis für eine Umstellung: Jede Umstellung vereinbaren Sie mit Ihrer Ärztin oder Ihrem Arzt.',
  'plan.facts.noEquivalents': 'Für dieses Medikament gibt es in unserer Liste keine veröffentlichte Äquivalenzdosis.',

  'plan.pause.heading': 'Ihr Plan ist angehalten',
  'plan.pause.intro':
    'Es gibt keine Reduktion, bis Sie sagen, dass es sicher ist weiterzumachen. Bleiben Sie bei der Dosis, die Sie jetzt nehmen.',
  'plan.pause.because': 'Seit {day}: Sie haben uns gesagt: „{label}“.',
  'plan.pause.held': 'Schritt {step} ({doses} am Tag) gilt bis dahin weiter.',
  'plan.pause.offline':
    'Gerade keine Verbindung, deshalb bleibt der Plan angehalten. Bitte versuchen Sie es wieder, wenn Sie online sind.',
  'plan.pause.notStarted': 'Ihr Plan beginnt erst danach.',
  'plan.pause.advice':
    'Am besten sprechen Sie zuerst mit Ihrer Ärztin oder Ihrem Arzt. Machen Sie erst weiter, wenn Sie sich sicher fühlen und, am besten, sie oder er zustimmt.',
  'plan.pause.nextCut': 'Wenn Sie heute weitermachen, ist die nächste Änderung am {day}.',
  'plan.pause.noNextCut': 'In diesem Plan gibt es keine weiteren Änderungen.',
  'plan.pause.goOn': 'Es ist sicher weiterzumachen',
  'plan.pause.confirmQuestion': 'Sind Sie sicher, dass Sie mit Ihrem Plan weitermachen können?',
  'plan.pause.confirmYes': 'Ja, mit dem Plan weitermachen',
  'plan.pause.confirmNo': 'Noch nicht',
  'plan.pause.sending': 'Wird gespeichert…',
  'plan.pause.wentOn': 'Ihr Plan geht weiter.',
  'plan.pause.wentOnNext': 'Ihr Plan geht weiter. Die nächste Änderung ist am {day}.',
  'plan.pause.calendarAgain':
    'Wenn Sie den Plan in Ihren Kalender eingetragen haben, laden Sie ihn erneut herunter: Die Daten haben sich verschoben.',
  'plan.pause.unsent':
    'Sie haben „{label}“ auf diesem Gerät eingetragen. Es ist noch nicht in Ihrem Konto angekommen, deshalb zeigt der Plan unten die Pause noch nicht. Bitte machen Sie die nächste Reduktion erst, wenn es angekommen ist.',
  'plan.pause.pastHeading': 'Frühere Pausen',
  'plan.pause.pastLine': '{since} bis {until}, nach „{label}“: {days, plural, one {# Tag} other {# Tage}} dazu.',

  'plan.tool':
    '{tool, select, oral_syringe {eine Oralspritze für {capacity}} other {einen Messzylinder für {capacity}}}',

  'plan.warning.too_fast':
    'Einige Reduktionen ergeben zusammen mehr als 25\u00a0% der Dosis in zwei Wochen, schneller als die Leitlinien raten. Sie haben gesagt, dass Sie dieses Tempo mit Ihrer Ärztin oder Ihrem Arzt gewählt haben.',
  'plan.warning.faster_pace_chosen':
    'Sie haben gesagt, dass Sie mit Ihrer Ärztin oder Ihrem Arzt ein schnelleres Tempo gewählt haben als die Leitlinie von höchstens 25\u00a0% der Dosis in zwei Wochen. Trotzdem plant die App nie mehr als die Hälfte der Dosis in zwei Wochen. Langsamer werden oder anhalten geht immer.',
  'plan.warning.short_interval':
    'Einige Reduktionen liegen weniger als 7 Tage auseinander. Entzugsbeschwerden können bis zu einer Woche nach einer Reduktion auftreten.',
  'plan.warning.percent_creep':
    'Eine feste Reduktion wird zu einem immer größeren Anteil einer sinkenden Dosis. Einige Reduktionen in diesem Plan sind mehr als 10\u00a0% der Dosis zu diesem Zeitpunkt. Ein prozentualer Plan hält jeden Schritt beim gleichen Anteil.',
  'plan.warning.increase':
    'Dieser Plan erhöht die Dosis bei einem Schritt. Eine vorübergehende Rückkehr zu einer früheren Dosis sollten Sie mit Ihrer Ärztin oder Ihrem Arzt vereinbaren.',
  'plan.warning.equivalence_lower_table':
    'Die für die Umstellung gewählte Diazepam-Menge ist niedriger als die höchste veröffentlichte Äquivalenzdosis. Nach dieser Tabelle ist schon die Umstellung eine Reduktion. Vereinbaren Sie die Umstellung mit Ihrer Ärztin oder Ihrem Arzt.',
  'plan.warning.specialist_first':
    'Dieses Medikament wird auch gegen Krampfanfälle eingesetzt. Wenn Sie es wegen einer Epilepsie nehmen, muss eine Fachärztin oder ein Facharzt jede Reduktion mit Ihnen planen, bevor Sie beginnen.',
  'plan.warning.imprecise_measure':
    'Bei einigen Schritten weicht die Menge, die Sie abmessen können, mehr als 2\u00a0% von der geplanten Dosis ab. Mehr Wasser zum Mischen oder eine feinere Spritze hilft.',
  'plan.warning.home_mixture':
    'Eine in Wasser eingerührte Tablette ist eine Suspension, keine Lösung: direkt vor jedem Abmessen gut schütteln oder umrühren, jeden Tag frisch ansetzen und immer dieselbe Flüssigkeit nehmen. Sie ist kein Arzneimittel aus der Apotheke; lassen Sie die Methode von Ihrer Apotheke prüfen.',
  'plan.warning.unconfirmed_strengths':
    'Die Tablettenstärken für dieses Medikament sind noch nicht mit einer Fachinformation verglichen. Nehmen Sie die Stärken, die auf Ihrer eigenen Packung stehen.',
  'plan.warning.final_step':
    'Der letzte Schritt setzt von einer kleinen Dosis ab: höchstens die Entsprechung von 1 mg Diazepam, der letzte Schritt der Diazepam-Reduktionstabelle. Gegen Ende einer Reduktion können Beschwerden zunehmen; es ist in Ordnung, vor diesem Schritt länger zu pausieren.',
  'plan.warningSource.too_fast':
    'Joint Clinical Practice Guideline zum Ausschleichen von Benzodiazepinen (JCPG 2025), Empfehlung 6',
  'plan.warningSource.faster_pace_chosen': 'JCPG 2025, Empfehlung 6, und ihr Leitfaden für Patientinnen und Patienten',
  'plan.warningSource.short_interval':
    'Leitfaden der JCPG 2025 für Patientinnen und Patienten; NICE Clinical Knowledge Summary zum Benzodiazepin-Entzug',
  'plan.warningSource.percent_creep':
    'Maudsley Deprescribing Guidelines (2024) zum prozentualen Ausschleichen; die Grenze von 10\u00a0% ist eine vorsichtige Wahl dieser App',
  'plan.warningSource.increase': 'Leitfaden der JCPG 2025 für Patientinnen und Patienten',
  'plan.warningSource.equivalence_lower_table':
    'Ashton-Äquivalenztabelle (2007) und VA/DoD 2021, wie in JCPG 2025, Tabelle 7, aufgeführt',
  'plan.warningSource.specialist_first':
    'NHS Scotland, Benzodiazepines and z-drugs: switching to diazepam (Anmerkung zur Tabelle)',
  'plan.warningSource.imprecise_measure':
    'Die Messregel dieser App (eine vorsichtige Entscheidung, keine veröffentlichte Regel)',
  'plan.warningSource.home_mixture':
    'Beschreibungen der Flüssigtitration aus der Selbsthilfe (BenzoBuddies); die Vorsichtshinweise sind vorsichtige Ratschläge, nicht aus einer offiziellen Quelle',
  'plan.warningSource.unconfirmed_strengths':
    'Nicht in den Fachinformationen gefunden, die diese App geprüft hat (openFDA, Roche)',
  'plan.warningSource.final_step':
    'Diazepam-Reduktionstabelle nach Ashton, zitiert nach NICE CKS; Leitfaden der JCPG 2025 für Patientinnen und Patienten',

  'plan.refusal.abrupt_stop':
    'Dieser Plan würde Ihr Medikament von mehr als einer kleinen Dosis aus absetzen (mehr als die Entsprechung von 1 mg Diazepam). Plötzliches Absetzen kann einen schweren Entzug auslösen, auch Krampfanfälle. Bitte fügen Sie zuerst schrittweise Reduktionen ein.',
  'plan.refusal.too_fast':
    'Einige dieser Schritte reduzieren mehr als ein Viertel der Dosis auf einmal, schneller als die Leitlinien raten. Bitte machen Sie diese Schritte kleiner. Wenn Sie mit Ihrer Ärztin oder Ihrem Arzt ein schnelleres Tempo gewählt haben, können Sie das unter „Wie schnell?“ angeben (auch dann nicht mehr als die Hälfte auf einmal).',
  'plan.refusal.pace_unreachable':
    'Mit dieser Darreichungsform lassen sich keine Schritte abmessen, die klein genug für ein sicheres Tempo sind. Eine Lösung oder eine Umstellung auf Diazepam erlaubt kleinere Schritte. Ihre Ärztin, Ihr Arzt oder Ihre Apotheke kann helfen.',
  'plan.refusal.equivalence_out_of_range':
    'Diese Menge Diazepam liegt außerhalb der veröffentlichten Werte. Bitte wählen Sie einen der veröffentlichten Werte oder eine Menge dazwischen.',
  'plan.refusal.floor_too_high':
    'Diese Grenze ist höher als die größte Dosis, von der ein Plan absetzen darf (die Entsprechung von 1 mg Diazepam). Bitte wählen Sie eine niedrigere Grenze.',
  'plan.refusal.unmeasurable_dose':
    'Einer Ihrer Schritte ist eine Menge, die sich mit diesem Medikament nicht abmessen lässt. Bitte wählen Sie eine Menge, die möglich ist.',
  'plan.refusal.unknown_medication': 'Dieses Medikament ist noch nicht in unserer Liste.',
  'plan.refusal.form_unavailable':
    'Dieses Medikament gibt es in dieser Form nicht mit den gewählten Stärken. Bitte wählen Sie eine andere Form oder Stärke.',
  'plan.refusal.plan_too_long':
    'Dieser Plan wäre zu lang: mehr als zehn Jahre, oder mehr Schritte, als ein Plan fassen kann. Bitte wählen Sie größere oder seltenere Reduktionen, weniger Einnahmezeiten, eine höhere Enddosis oder eine höhere Grenze.',
  'plan.refusal.invalid_plan':
    'Einige Einstellungen des Plans passen nicht zusammen. Bitte prüfen Sie das markierte Feld.',
} as const satisfies Translation<typeof en>;
