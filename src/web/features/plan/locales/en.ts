/**
 * Words of the Plan screen: the planner form, the saved plan (now and next, the schedule, the chart, holds, pauses),
 * how to measure each dose with which tool, the prep cards, and the planner's warning and refusal codes as sentences.
 * Numbers and dates arrive already formatted (f.mg, f.ml, f.long); counts arrive as numbers for the plural rules.
 */
export const en = {
  // Shared with the first run and Today: the medicine picker, its forms, the stepper signs and a step's doses.
  'plan.chooseMedication': 'Choose your medicine',
  'plan.medicationOption': '{name} ({brands})',
  'plan.formHomeMixture': 'Liquid (home water mixture)',

  // Names the server sends as codes.
  'plan.kind.substitute': 'switch',
  'plan.kind.reduce': 'cut',
  'plan.kind.stop': 'stop',
  'plan.kind.maintain': 'stay',
  'plan.table.ashton': 'Ashton Manual',
  'plan.table.va-dod': 'VA/DoD 2021',
  'plan.factTable.ashton': 'Ashton (2007 table)',
  'plan.factTable.va-dod': 'VA/DoD (2021)',
  'plan.source.ashton-equivalence-2007': 'Ashton equivalence table (revised April 2007)',
  'plan.source.va-dod-2021': 'VA/DoD guideline (2021)',
  'plan.source.jcpg-2025': 'Joint Clinical Practice Guideline (2025)',
  'plan.source.nhs-scotland': 'NHS Scotland switching table',
  'plan.source.bluelight-chart': 'Bluelight conversion chart',
  'plan.source.openfda': 'openFDA drug labels',
  'plan.source.roche-rivotril': 'Roche Rivotril leaflet',
  'plan.source.nice-cks': 'NICE CKS',
  'plan.source.va-handout': 'VA patient handout',

  // The screen
  'plan.title': 'Your taper plan',
  'plan.loadingPlan': 'Loading your plan…',
  'plan.medicinesUnavailable': 'The list of medicines could not be loaded. {reason}',
  'plan.retry': 'Try again',

  // Your medicine
  'plan.aboutHeading': 'Your medicine',
  'plan.medication': 'Medicine',
  'plan.form': 'Form',
  'plan.formHint': 'What you take it as. A home water mixture lets the steps be smaller.',
  'plan.dose': 'Current daily dose (mg)',
  'plan.doseHint': 'All of it over one day, for example 2 or 0.75.',
  'plan.timesLegend': 'How many times a day do you take it?',
  'plan.timesOption': '{count, plural, =1 {Once} =2 {Twice} =3 {Three times} other {# times}}',
  'plan.timeLabel': 'Dose {position}: when',
  'plan.splitLegend': 'How is it split?',
  'plan.splitEqual': 'Equal amounts',
  'plan.splitOwn': 'I enter the amounts',
  'plan.timeMg': '{time} dose (mg)',

  // How to taper
  'plan.strategyHeading': 'How to taper',
  'plan.strategyLegend': 'Choose a way to taper',
  'plan.proportional': 'Proportional (recommended)',
  'plan.proportionalHint': 'Cut a percentage of the current dose. The cuts get smaller as the dose gets smaller.',
  'plan.linear': 'Fixed amount',
  'plan.linearHint': 'Cut the same number of mg each time. Late cuts become large; the app warns when they do.',
  'plan.crossover': 'Switch to diazepam (Ashton method)',
  'plan.crossoverHint': 'Replace your medicine with diazepam one dose at a time, then taper diazepam slowly.',
  'plan.custom': 'My own steps',
  'plan.customHint': 'Enter each step yourself: the daily dose and how many days to stay on it.',
  'plan.customLegend': 'Your steps',
  'plan.customIntro':
    'From your first step to your end point. The last row is where you end: 0 to stop, or the dose you will stay on.',
  'plan.customStep': 'Step {step}',
  'plan.customEnd': 'Step {step}: end point',
  'plan.customDose': 'Daily dose (mg)',
  'plan.customEndDose': 'End point (mg a day)',
  'plan.customEndHint': '0 to stop. This dose then continues.',
  'plan.customDays': 'Days on this step',
  'plan.customDaysLess': 'One day fewer on step {step}',
  'plan.customDaysMore': 'One day more on step {step}',
  'plan.addStep': 'Add a step',
  'plan.addStepHint': 'Adds a step before the end point.',
  'plan.remove': 'Remove',
  'plan.removeStep': 'Remove step {step}',
  'plan.stepRemoved': 'Step {step} removed.',
  'plan.stepAdded': 'Step {step} added.',
  'plan.diazepamFormLegend': 'Which diazepam will you use?',
  'plan.diazepamLiquid': 'Diazepam liquid 1 mg/mL (finer steps)',
  'plan.diazepamTablet': 'Diazepam tablets 2, 5, 10 mg',
  'plan.percent': 'Cut each time (%)',
  'plan.percentHint': 'Of the dose you take at that point. 5 to 10\u00a0% is a common start; at most 25\u00a0%.',
  'plan.percentLess': 'One percent less',
  'plan.percentMore': 'One percent more',
  'plan.interval': 'Days between cuts',
  'plan.intervalHint': 'At least 7. Two weeks (14) is a common choice.',
  'plan.intervalLess': 'One day fewer',
  'plan.intervalMore': 'One day more',
  'plan.stepMg': 'Amount to cut each time (mg)',
  'plan.stepMgHint': 'For example 0.25.',
  'plan.equivalentLegend': 'Which equivalent do you want to use?',
  'plan.equivalentIntro':
    'The published tables disagree on how much diazepam replaces your medicine. Please choose one with your prescriber. The app never converts without your choice.',
  'plan.equivalentOption': '{table}: {dose} {name} ≈ 10 mg diazepam (ratio {ratio})',
  'plan.sources': 'Sources: {sources}.',
  'plan.noEquivalents':
    'There is no published equivalent for this medicine in our list, so the switch cannot be planned here.',

  // When and how far
  'plan.detailsHeading': 'When and how far',
  'plan.startDate': 'Start date',
  'plan.startDateHint': 'The first cut happens on this day.',
  'plan.endpointLegend': 'Where do you want to end?',
  'plan.endpointStop': 'Stop completely',
  'plan.endpointMaintain': 'Stay on a smaller dose',
  'plan.maintainMg': 'Dose to stay on (mg a day)',
  'plan.maintainMgDiazepam': 'Diazepam dose to stay on (mg of diazepam a day)',
  'plan.maintainHintDiazepamUnknown':
    'After a switch you stay on diazepam, so this is in mg of diazepam. Choose an equivalent above to see your dose in diazepam.',
  'plan.maintainHintDiazepam':
    'After a switch you stay on diazepam, so this is in mg of diazepam. Your current dose is about {dose} of diazepam with the equivalent you chose.',
  'plan.moreOptions': 'More options',
  'plan.floorMg': 'Stop when the daily dose would fall below (mg)',
  'plan.floorHint':
    'Leave empty for the usual end: the plan stops once the dose is below about 0.5 mg of diazepam or its equivalent (for clonazepam 0.025 mg). You can choose a lower floor, not a higher one.',
  'plan.paceLegend': 'How fast?',
  'plan.paceGuideline': 'At the guideline pace (recommended)',
  'plan.paceGuidelineHint':
    'No more than a quarter of the dose in any two weeks. If a step would go faster, the app makes it smaller or longer, and tells you.',
  'plan.paceFaster': 'My prescriber and I chose a faster pace',
  'plan.paceFasterHint':
    'Only if you have agreed it together. The plan, the prep cards and the calendar will say so. Slowing down is always possible.',
  'plan.mixVolume': 'Water to mix the tablet in',
  'plan.mixVolumeHint':
    'For the home water mixture. Automatic picks the smallest amount that keeps each dose accurate.',
  'plan.mixVolumeAutomatic': 'Automatic',
  'plan.strengthsLegend': 'Tablet strengths I have',
  'plan.strengthsHint': 'Untick any you do not have. The plan then uses only the ones ticked.',
  'plan.strengthOption': '{strength} tablets',
  'plan.takenDaily': 'I have taken it on most days for more than 4 weeks',
  'plan.epilepsy': 'I take it for epilepsy',
  'plan.syringe': 'Syringe markings',
  'plan.syringeHint': 'The smallest step marked on your oral syringe. Amounts are rounded to it.',
  'plan.highDose':
    '{dose} of {name} a day is far above the usual range: more than the equivalent of 40 mg of diazepam (Ashton’s table). A taper from a dose this high needs a plan made with your prescriber or a specialist. You can still look at a plan here to take with you.',

  // Preview and save
  'plan.preview': 'Preview',
  'plan.previewing': 'Working out the plan…',
  'plan.previewUpdated': 'Preview updated.',
  'plan.previewHeading': 'Preview',
  'plan.savedHeading': 'Your saved plan',
  'plan.savedLine': 'Version {revision}, saved {day}.',
  'plan.save': 'Save plan',
  'plan.saving': 'Saving…',
  'plan.saved': 'Plan saved.',
  'plan.signInToSave': 'Please sign in again to save.',
  'plan.blocked': 'This plan cannot be made',

  // Warnings
  'plan.warningsHeading': 'Please read first',
  'plan.warningSource': 'Source: {source}',
  'plan.warningSteps': '{count, plural, one {Concerns step {steps}.} other {Concerns steps {steps}.}}',

  // The saved plan: now and next
  'plan.screen.nowHeading': 'Now',
  'plan.screen.nextHeading': 'Next change',
  'plan.screen.firstHeading': 'Your first step',
  'plan.screen.stepLabel': 'Step {step} of {total}',
  'plan.screen.since': 'Since {day}. This dose continues.',
  'plan.screen.during': '{start} to {end}',
  'plan.screen.from': 'From {day}',
  'plan.screen.noNext': 'There are no more changes in this plan.',
  'plan.screen.finalStep': 'This is the last step of your plan.',
  'plan.screen.changePlan': 'Change my plan',
  'plan.screen.keepSaved': 'Keep my saved plan',
  'plan.screen.editorHeading': 'Change your plan',
  'plan.screen.newHeading': 'Make your plan',
  'plan.screen.noPlanIntro':
    'You have no plan yet. Answer a few questions below and press Preview. Nothing is saved until you press Save plan.',
  'plan.screen.editorIntro':
    'Change anything and press Preview. Your saved plan stays as it is until you press Save plan.',
  'plan.screen.offline':
    'No connection right now. This is the copy of your plan kept on this device. Changes need a connection.',
  'plan.screen.showPast': '{count, plural, one {Show the past step} other {Show past steps (#)}}',
  'plan.screen.currentMark': 'Now',
  'plan.screen.doseLabel': 'Daily dose',
  'plan.screen.cutLabel': 'Cut',
  'plan.screen.measureLabel': 'How to measure it',
  'plan.screen.moreHeading': 'More about this plan',

  // The schedule
  'plan.scheduleHeading': 'Schedule',
  'plan.scheduleCaption': '{count, plural, one {# step} other {# steps}}. Daily doses in mg of {scale}.',
  'plan.stepNumber': '{step} ({kind})',
  'plan.dates': '{start} to {end}',
  'plan.datesFrom': 'From {start}',
  'plan.held': '{count, plural, one {Includes # extra day on hold.} other {Includes # extra days on hold.}}',
  'plan.cut': '{percent}\u00a0%',
  'plan.noCut': '–',
  'plan.addedDays': '{count, plural, one {# day} other {# days}} longer than asked, to keep the pace.',
  'plan.equivalenceSame': 'The same as {dose} of diazepam before the switch.',
  'plan.equivalenceRounded': 'Rounding lowers this by {percent}\u00a0% from the {dose} of diazepam before the switch.',

  // The chart
  'plan.chartHeading': 'Dose over time',
  'plan.chartLabel':
    'Step chart of the daily dose: {from} from {start}, down to {to} from {last}, in {steps, plural, one {# step} other {# steps}}. The table below has every step.',
  'plan.chartLabelHeld':
    'Step chart of the daily dose: {from} from {start}, down to {to} from {last}, in {steps, plural, one {# step} other {# steps}}. {holds, plural, one {# step is held longer.} other {# steps are held longer.}} The table below has every step.',
  'plan.chartUnit': 'Daily dose, in mg of {scale}',
  'plan.chartLegendSwitch': 'Shaded: switching to diazepam',
  'plan.chartLegendHold': 'Dashed: held longer',

  // Holds
  'plan.holdsHeading': 'Holds',
  'plan.holdsIntro':
    'A hold keeps you on a step for longer. Every later date moves back. You decide, with your prescriber; the app never cuts on its own.',
  'plan.holdLine': 'Step {step}: {days, plural, one {# extra day} other {# extra days}}. “{reason}”',
  'plan.ignoredHoldsIntro':
    'An earlier version of the app saved these holds, but the plan cannot include them, so the dates below are without them. Talk to your prescriber before you make the next cut.',
  'plan.holdStep': 'Step to hold',
  'plan.holdStepOption': 'Step {step}: {dose}, from {start}',
  'plan.holdDays': 'Extra days',
  'plan.holdDaysLess': 'One day fewer',
  'plan.holdDaysMore': 'One day more',
  'plan.holdReason': 'Reason',
  'plan.holdReasonHint': 'A few words, for example “symptoms still settling”.',
  'plan.addHold': 'Add a hold',
  'plan.addingHold': 'Adding the hold…',
  'plan.holdAdded': 'Hold added. The dates have moved.',
  'plan.noHoldableSteps': 'There are no future steps left to hold.',

  // Calendar and printing
  'plan.calendar': 'Download calendar (.ics)',
  'plan.calendarHint':
    'Adds each step of the next 12 months to your calendar, with a reminder on the day of each change. Download it again for the months after.',
  'plan.print': 'Print prep cards',
  'plan.printHint': '{count, plural, one {# card} other {# cards}}, one per step, to keep next to your medicine.',
  'plan.printLegend': 'Print',
  'plan.printUpcoming': 'Upcoming steps only',
  'plan.printAll': 'All steps',

  // Prep cards
  'plan.card.title': 'Step {step}',
  'plan.card.faster': 'Faster than the guideline pace, as you and your prescriber chose.',
  'plan.card.mixtureShort':
    'Home mixture: shake well right before every measure and make it fresh each day. Check the method with your pharmacist.',
  'plan.card.strengths': '{strengths} tablets',
  'plan.card.concentration': '{concentration}\u00a0mg/mL liquid',
  'plan.card.dropStrength': 'drops, {dose} each',
  'plan.card.homeMixture': 'home water mixture',
  'plan.card.tools': 'You need: {tools}.',
  'plan.card.medicine': '{name} · {details}',

  // At a glance
  'plan.summaryHeading': 'At a glance',
  'plan.oneStep': 'This plan has one step.',
  'plan.duration':
    'From the first step to the last takes about {weeks, plural, one {# week} other {# weeks}} ({months, plural, one {# month} other {# months}}), without holds you add later.',
  'plan.finalStop':
    'The last step stops from no more than {dose} of {scale} a day, the size of the last step in the diazepam rate table.',
  'plan.finalStopEquivalent':
    'The last step stops from no more than {dose} of {scale} a day (the equivalent of 1 mg of diazepam), the size of the last step in the diazepam rate table.',
  'plan.paceGuidelineLine':
    'Every step keeps to the guideline pace: no more than a quarter of the dose in any two weeks.',
  'plan.paceFasterLine':
    'You chose a faster pace with your prescriber. Steps that go faster than the guideline are listed under “Please read first”. Even so, no two weeks lose more than half the dose.',
  'plan.adjustmentsHeading': 'What the app changed to keep the pace',
  'plan.adjust.homeMixture':
    '{count, plural, one {From step {steps}} other {From steps {steps}}}, part of each dose is made by stirring one {medicine} tablet into water (a home water mixture), because {chosenForm} cannot make cuts this small. You will need {medicine} tablets and an oral syringe; if you do not have them, please ask your prescriber. The table says exactly how.',
  'plan.adjust.liquid':
    '{count, plural, one {From step {steps}} other {From steps {steps}}}, {medicine} is measured as its liquid from the pharmacy, because {chosenForm} cannot make cuts this small. Please ask your prescriber for it. The table says exactly how.',
  'plan.adjust.form':
    '{count, plural, one {From step {steps}} other {From steps {steps}}}, {medicine} is measured as {form}, because {chosenForm} cannot make cuts this small.',
  'plan.adjust.interval':
    '{count, plural, one {Step {steps} lasts} other {Steps {steps} last}} longer than you asked, so that no two weeks lose more than a quarter of the dose.',
  'plan.adjust.capped':
    'The cuts at {count, plural, one {step {steps}} other {steps {steps}}} are smaller than you asked, so that no cut is more than a quarter of the dose.',
  'plan.adjust.cappedFaster':
    'The cuts at {count, plural, one {step {steps}} other {steps {steps}}} are smaller than you asked, so that no cut is more than half of the dose, even at the faster pace you chose.',
  'plan.adjust.rounded':
    'During the switch ({count, plural, one {step {steps}} other {steps {steps}}}), diazepam is rounded down to what you can measure, never up. The table shows by how much.',

  // About the medicine
  'plan.facts.heading': 'About {name}',
  'plan.facts.halfLife': 'Half-life: {low}–{high} hours.',
  'plan.facts.halfLifeMetabolite': 'Half-life: {low}–{high} hours; its active metabolite up to {metabolite} hours.',
  'plan.facts.halfLifeHint': 'The half-life is the time the body takes to clear half of the medicine.',
  'plan.facts.confirmed': 'Source: {sources}.',
  'plan.facts.secondary': 'From a secondary table, not yet checked against the original: {sources}.',
  'plan.facts.unchecked': 'Not yet checked against a published source. Please check it with your pharmacist.',
  'plan.facts.equivalentsHeading': 'About the same as 10 mg of diazepam',
  'plan.facts.equivalent': '{table}: {dose} mg.',
  'plan.facts.range': '{low}–{high}',
  'plan.facts.equivalentsNote':
    'The published tables differ, and so do people. These figures are a guide, not a dose to switch to: any switch is for you and your prescriber to agree.',
  'plan.facts.noEquivalents': 'There is no published equivalent for this medicine in our list.',

  // The plan is paused (after a red flag)
  'plan.pause.heading': 'Your plan is paused',
  'plan.pause.intro': 'No cut happens until you say it is safe to go on. Stay on the dose you take now.',
  'plan.pause.because': 'Since {day}: you told us “{label}”.',
  'plan.pause.held': 'Step {step} ({doses} a day) lasts until then.',
  'plan.pause.offline': 'No connection right now, so the plan stays paused. Please try again when you are online.',
  'plan.pause.notStarted': 'Your plan does not start until then.',
  'plan.pause.advice':
    'It is best to talk with your prescriber first. Go on only when you feel safe and, ideally, they agree.',
  'plan.pause.nextCut': 'If you go on today, the next change is on {day}.',
  'plan.pause.noNextCut': 'There are no more changes in this plan.',
  'plan.pause.goOn': 'It is safe to go on',
  'plan.pause.confirmQuestion': 'Are you sure it is safe to go on with your plan?',
  'plan.pause.confirmYes': 'Yes, go on with the plan',
  'plan.pause.confirmNo': 'Not yet',
  'plan.pause.sending': 'Saving…',
  'plan.pause.wentOn': 'Your plan goes on.',
  'plan.pause.wentOnNext': 'Your plan goes on. The next change is on {day}.',
  'plan.pause.calendarAgain': 'If you added the plan to your calendar, download it again: the dates have moved.',
  'plan.pause.unsent':
    'You recorded “{label}” on this device. It has not reached your account yet, so the plan below does not show the pause. Please do not make the next cut until it has.',
  'plan.pause.pastHeading': 'Earlier pauses',
  'plan.pause.pastLine': '{since} to {until}, after “{label}”: {days, plural, one {# day} other {# days}} added.',

  // How to measure a dose. The figures come from the plan exactly; the words name the amount and the tool.
  'plan.tool': '{tool, select, oral_syringe {a {capacity} oral syringe} other {a {capacity} measuring cylinder}}',

  // The planner's warnings, each with the public title of its source.
  'plan.warning.too_fast':
    'Some cuts add up to more than 25% of the dose within two weeks, faster than guidelines advise. You said you and your prescriber chose this pace.',
  'plan.warning.faster_pace_chosen':
    'You said you and your prescriber chose a faster pace than the guideline of no more than 25% of the dose in two weeks. Even so, the app never plans more than half the dose in two weeks. Slowing down or pausing is always possible.',
  'plan.warning.short_interval':
    'Some cuts come less than 7 days apart. Withdrawal symptoms can take up to a week to show after a cut.',
  'plan.warning.percent_creep':
    'A fixed cut grows as a share of a falling dose. Some cuts in this plan are more than 10% of the dose at that point. A proportional plan keeps each cut the same share.',
  'plan.warning.increase':
    'This plan raises the dose at some step. A temporary return to a previous dose is something to agree with your prescriber.',
  'plan.warning.equivalence_lower_table':
    'The diazepam amount chosen for the switch is lower than the highest published equivalent. By that table, the switch itself is a reduction. Agree the switch with your prescriber.',
  'plan.warning.specialist_first':
    'This medicine is also used to prevent seizures. If you take it for epilepsy, a specialist must plan any reduction with you before you start.',
  'plan.warning.imprecise_measure':
    'For some steps the amount you can measure is more than 2% away from the planned dose. A larger mixing volume or a finer syringe helps.',
  'plan.warning.home_mixture':
    'A tablet stirred into water is a suspension, not a solution: shake or stir well right before every measure, make it fresh each day, and use the same liquid each time. It is not a pharmaceutical product; check the method with your pharmacist.',
  'plan.warning.unconfirmed_strengths':
    'The tablet strengths listed for this medicine are not yet checked against a label. Use the strengths printed on your own pack.',
  'plan.warning.final_step':
    'The last step stops from a small dose: no more than the equivalent of 1 mg of diazepam, the last step of the diazepam rate table. Symptoms can increase near the end of a taper; it is fine to hold longer before this step.',
  'plan.warningSource.too_fast':
    'Joint Clinical Practice Guideline on benzodiazepine tapering (JCPG 2025), recommendation 6',
  'plan.warningSource.faster_pace_chosen': 'JCPG 2025, recommendation 6, and its patient guide',
  'plan.warningSource.short_interval':
    'JCPG 2025 patient guide; NICE Clinical Knowledge Summary on benzodiazepine withdrawal',
  'plan.warningSource.percent_creep':
    'Maudsley Deprescribing Guidelines (2024) on proportional tapering; the 10% threshold is this app’s conservative choice',
  'plan.warningSource.increase': 'JCPG 2025 patient guide',
  'plan.warningSource.equivalence_lower_table':
    'Ashton equivalence table (2007) and VA/DoD 2021, as tabulated in JCPG 2025 Table 7',
  'plan.warningSource.specialist_first':
    'NHS Scotland, Benzodiazepines and z-drugs: switching to diazepam (table note)',
  'plan.warningSource.imprecise_measure':
    'This app’s measuring rule (a conservative design choice, not a published one)',
  'plan.warningSource.home_mixture':
    'Peer-support descriptions of liquid titration (BenzoBuddies); the cautions are conservative advice, not from an official source',
  'plan.warningSource.unconfirmed_strengths': 'Not found in the labels this app checked (openFDA, Roche)',
  'plan.warningSource.final_step': 'Ashton’s diazepam rate table as quoted from NICE CKS; JCPG 2025 patient guide',

  // Why the planner refused a plan (shown where the preview would be, and at the field).
  'plan.refusal.abrupt_stop':
    'This plan would stop your medicine from more than a small dose (more than the equivalent of 1 mg of diazepam). Stopping suddenly can cause serious withdrawal, including seizures. Please add gradual steps down first.',
  'plan.refusal.too_fast':
    'Some of these steps cut more than a quarter of the dose at once, faster than guidelines advise. Please make those cuts smaller. If you and your prescriber chose a faster pace, you can say so under “How fast?” (even then, no more than half at once).',
  'plan.refusal.pace_unreachable':
    'This form cannot measure steps small enough for a safe pace. A liquid, or switching to diazepam, would allow smaller steps. Your prescriber or pharmacist can help.',
  'plan.refusal.equivalence_out_of_range':
    'That amount of diazepam is outside the published figures. Please choose one of the published figures, or an amount between them.',
  'plan.refusal.floor_too_high':
    'That floor is higher than the largest dose a plan may stop from (the equivalent of 1 mg of diazepam). Please choose a lower floor.',
  'plan.refusal.unmeasurable_dose':
    'One of your steps is an amount that cannot be measured with this medicine. Please choose an amount it can make.',
  'plan.refusal.unknown_medication': 'That medicine is not in our list yet.',
  'plan.refusal.form_unavailable':
    'That medicine does not come in that form with the strengths chosen. Please pick another form or strength.',
  'plan.refusal.plan_too_long':
    'This plan would be too long: more than ten years, or more steps than one plan can hold. Please choose larger or less frequent cuts, fewer dose times, a higher final dose, or a higher floor.',
  'plan.refusal.invalid_plan': 'Some of the plan settings do not fit together. Please check the highlighted field.',
} as const;
