/**
 * What the plan's fields are called and what to do when one is not valid: the words describeFailure finds for a
 * plan, a hold or first run (knownWord). Kept out of the app's at-hand catalogue, which Today ships with; loaded with
 * the screens that send plans and holds.
 */
export const en = {
  'field.currentDoseMg': 'Current daily dose',
  'field.doseTimes': 'Dose times',
  'field.strategy.percent': 'Cut each time',
  'field.strategy.intervalDays': 'Days between cuts',
  'field.strategy.stepMg': 'Amount to cut each time',
  'field.strategy.diazepamMgPerMg': 'Equivalent to use',
  'field.strategy.diazepamForm': 'Diazepam you will use',
  'field.strategy.steps': 'Your steps',
  'field.strategy': 'How to taper',
  'field.startDate': 'Start date',
  'field.endpointMg': 'Dose to stay on',
  'field.floorMg': 'Lowest dose before stopping',
  'field.mixVolumeMl': 'Water to mix in',
  'field.strengthsMg': 'Tablet strengths I have',
  'field.syringeMl': 'Syringe markings',
  'field.stepIndex': 'Step to hold',
  'field.days': 'Days to hold',
  'field.reason': 'Reason',
  'field.customStep': 'Step {row}, {part, select, days {days} other {daily dose}}',
  'invalid.currentDoseMg': 'Please enter your daily dose in mg, more than 0, for example 2 or 0.75.',
  'invalid.doseTimes':
    'Please choose a different time for each dose. If you enter your own amounts, they need to add up to your daily dose.',
  'invalid.strategy.percent': 'Please choose from 1 to 25\u00a0%.',
  'invalid.strategy.intervalDays':
    'Please choose a whole number of days: 7 to 56 for percentage cuts, 1 to 56 for a fixed amount.',
  'invalid.strategy.stepMg': 'Please enter the amount in mg, more than 0, for example 0.25.',
  'invalid.strategy.diazepamMgPerMg': 'Please choose which published equivalent you want to use.',
  'invalid.startDate': 'Please choose a start date.',
  'invalid.endpointMg':
    'Please enter the dose to stay on in mg a day, more than 0 and less than your current daily dose. In a switch to diazepam, it is in mg of diazepam.',
  'invalid.floorMg': 'Please enter a dose in mg, more than 0 and less than your current daily dose, or leave it empty.',
  'invalid.strengthsMg': 'Please tick at least one tablet strength that you have.',
  'invalid.strategy.steps': 'Please enter at least one step, and at most 200.',
  'invalid.strategy.steps.doseMg':
    'Please enter the daily dose in mg, for example 1.5. Only the last step, your end point, can be 0.',
  'invalid.strategy.steps.days': 'Please choose a whole number of days, from 1 to 365.',
  'invalid.days': 'Please choose from 1 to 180 days.',
  'invalid.reason': 'Please say why, in a few words.',
  'planInvalid.endpointMg':
    'The dose to stay on must be less than your starting dose, and one your form can measure exactly (for example whole tablets, or whole syringe markings). In a switch to diazepam it is in mg of diazepam.',
  'planInvalid.floorMg': 'The lowest dose must be less than your current daily dose. You can also leave it empty.',
  'planInvalid.strategy.steps': 'The last step must be your end point: 0 mg to stop, or the dose you want to stay on.',
  'planInvalid.doseTimes': 'The amounts at each time need to add up to your daily dose.',
} as const;
