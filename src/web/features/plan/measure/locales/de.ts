import type { Translation } from '../../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'plan.dayDose': 'Tagesdosis: {dose}',
  'plan.dayDoses': 'Tagesdosen: {doses}',
  'plan.doseOf': '{dose} {name}',
  'plan.form.tablet': 'Tabletten',
  'plan.form.odt': 'Schmelztabletten (ODT)',
  'plan.form.capsule': 'Kapseln',
  'plan.form.liquid': 'Lösung (aus der Apotheke)',
  'plan.form.drops': 'Tropfen',
  'plan.time.morning': 'Morgens',
  'plan.time.midday': 'Mittags',
  'plan.time.night': 'Abends',
  'plan.time.daily': 'Täglich',
  'plan.medicineLine': '{name}, {form}: {dose} am Tag',
  'plan.timeLine': '{time}, {dose}:',
  'plan.timesLine': '{times}, je {dose}:',
  'plan.measure.nothing': 'Nichts zu nehmen.',
  'plan.measure.take': 'Nehmen Sie {what}.',
  'plan.measure.whole': '{count} × Tablette zu {strength}',
  'plan.measure.half': 'eine halbe Tablette zu {strength}',
  'plan.measure.halves': '{count} halbe Tabletten zu {strength}',
  'plan.measure.drops': '{count, plural, one {Nehmen Sie # Tropfen.} other {Nehmen Sie # Tropfen.}}',
  'plan.measure.liquid':
    '{tool, select, oral_syringe {Ziehen Sie {volume} der Lösung mit {concentration}\u00a0mg/mL mit einer Oralspritze für {capacity} auf.} other {Messen Sie {volume} der Lösung mit {concentration}\u00a0mg/mL in einem Messzylinder für {capacity} ab.}}',
  'plan.measure.tabletsThen': 'Nehmen Sie {what}. Dann, für den Rest:',
  'plan.measure.mix':
    'Rühren Sie eine Tablette zu {strength} in {water} Wasser ein (das Wasser abmessen mit {tool, select, oral_syringe {einer Oralspritze für {capacity}} other {einem Messzylinder für {capacity}}}). Gut schütteln.',
  'plan.measure.drawTake':
    '{tool, select, oral_syringe {Ziehen Sie {volume} mit einer Oralspritze für {capacity} auf und nehmen Sie es.} other {Messen Sie {volume} in einem Messzylinder für {capacity} ab und nehmen Sie es.}}',
  'plan.measure.discardRest': 'Schütten Sie den Rest weg ({volume}).',
  'plan.measure.drawDiscard':
    '{tool, select, oral_syringe {Ziehen Sie {volume} mit einer Oralspritze für {capacity} auf und schütten Sie es weg.} other {Messen Sie {volume} in einem Messzylinder für {capacity} ab und schütten Sie es weg.}}',
  'plan.measure.takeRest': 'Nehmen Sie den ganzen Rest ({volume}).',
  'plan.measure.accuracy':
    'Das ergibt {dose}: {error} mg ({percent}\u00a0%) {direction, select, more {mehr} other {weniger}} als geplant.',
  'plan.measure.accuracyBeyond':
    'Das ergibt {dose}: {error} mg ({percent}\u00a0%) {direction, select, more {mehr} other {weniger}} als geplant. Das ist mehr als {limit}\u00a0% daneben.',
} as const satisfies Translation<typeof en>;
