/**
 * The words of one step's doses and how to measure them: the part of the plan's words that Today's plan panel
 * speaks with too. Kept apart from the plan's locales/en.ts so that Today, with a plan, loads only these (the check-in's 50 KB budget).
 */
export const en = {
  'plan.dayDose': 'Daily dose: {dose}',
  'plan.dayDoses': 'Daily doses: {doses}',
  'plan.doseOf': '{dose} {name}',
  'plan.form.tablet': 'Tablets',
  'plan.form.odt': 'Tablets that melt in the mouth (ODT)',
  'plan.form.capsule': 'Capsules',
  'plan.form.liquid': 'Liquid (from the pharmacy)',
  'plan.form.drops': 'Drops',
  'plan.time.morning': 'Morning',
  'plan.time.midday': 'Midday',
  'plan.time.night': 'Night',
  'plan.time.daily': 'Daily',
  'plan.medicineLine': '{name}, {form}: {dose} a day',
  'plan.timeLine': '{time}, {dose}:',
  'plan.timesLine': '{times}, {dose} each:',
  'plan.measure.nothing': 'Nothing to take.',
  'plan.measure.take': 'Take {what}.',
  'plan.measure.whole': '{count} × {strength} tablet',
  'plan.measure.half': 'half of a {strength} tablet',
  'plan.measure.halves': '{count} halves of {strength} tablets',
  'plan.measure.drops': '{count, plural, one {Take # drop.} other {Take # drops.}}',
  'plan.measure.liquid':
    '{tool, select, oral_syringe {Draw up {volume} of the {concentration}\u00a0mg/mL liquid with a {capacity} oral syringe.} other {Measure {volume} of the {concentration}\u00a0mg/mL liquid in a {capacity} measuring cylinder.}}',
  'plan.measure.tabletsThen': 'Take {what}. Then, for the rest:',
  'plan.measure.mix':
    'Mix one {strength} tablet into {water} of water (measure the water with {tool, select, oral_syringe {a {capacity} oral syringe} other {a {capacity} measuring cylinder}}). Shake well.',
  'plan.measure.drawTake':
    '{tool, select, oral_syringe {Draw up {volume} with a {capacity} oral syringe and take it.} other {Measure {volume} in a {capacity} measuring cylinder and take it.}}',
  'plan.measure.discardRest': 'Discard the rest ({volume}).',
  'plan.measure.drawDiscard':
    '{tool, select, oral_syringe {Draw up {volume} with a {capacity} oral syringe and discard it.} other {Measure {volume} in a {capacity} measuring cylinder and discard it.}}',
  'plan.measure.takeRest': 'Take all the rest ({volume}).',
  'plan.measure.accuracy':
    'This gives {dose}: {error} mg ({percent}\u00a0%) {direction, select, more {more} other {less}} than planned.',
  'plan.measure.accuracyBeyond':
    'This gives {dose}: {error} mg ({percent}\u00a0%) {direction, select, more {more} other {less}} than planned. That is more than {limit}\u00a0% off.',
} as const;
