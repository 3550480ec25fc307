import type { Translation } from '../../../../i18n/message-types.js';
import type { en } from './en.js';

export const de = {
  'field.currentDoseMg': 'Aktuelle Tagesdosis',
  'field.doseTimes': 'Einnahmezeiten',
  'field.strategy.percent': 'Reduktion pro Schritt',
  'field.strategy.intervalDays': 'Tage zwischen den Schritten',
  'field.strategy.stepMg': 'Menge pro Reduktion',
  'field.strategy.diazepamMgPerMg': 'Umrechnung',
  'field.strategy.diazepamForm': 'Diazepam, das Sie nehmen werden',
  'field.strategy.steps': 'Ihre Schritte',
  'field.strategy': 'Art des Ausschleichens',
  'field.startDate': 'Beginn',
  'field.endpointMg': 'Dosis, bei der Sie bleiben',
  'field.floorMg': 'Niedrigste Dosis vor dem Absetzen',
  'field.mixVolumeMl': 'Wasser zum Auflösen',
  'field.strengthsMg': 'Meine Tablettenstärken',
  'field.syringeMl': 'Skala der Spritze',
  'field.stepIndex': 'Schritt zum Verlängern',
  'field.days': 'Tage Pause',
  'field.reason': 'Grund',
  'field.customStep': 'Schritt {row}, {part, select, days {Tage} other {Tagesdosis}}',
  'invalid.currentDoseMg': 'Bitte geben Sie Ihre Tagesdosis in mg ein, mehr als 0, zum Beispiel 2 oder 0,75.',
  'invalid.doseTimes':
    'Bitte wählen Sie für jede Einnahme eine andere Uhrzeit. Wenn Sie die Mengen selbst eingeben, müssen sie zusammen Ihre Tagesdosis ergeben.',
  'invalid.strategy.percent': 'Bitte wählen Sie 1 bis 25\u00a0%.',
  'invalid.strategy.intervalDays':
    'Bitte wählen Sie eine ganze Zahl von Tagen: 7 bis 56 bei Reduktion in Prozent, 1 bis 56 bei einer festen Menge.',
  'invalid.strategy.stepMg': 'Bitte geben Sie die Menge in mg ein, mehr als 0, zum Beispiel 0,25.',
  'invalid.strategy.diazepamMgPerMg': 'Bitte wählen Sie, welche veröffentlichte Umrechnung Sie verwenden möchten.',
  'invalid.startDate': 'Bitte wählen Sie einen Beginn.',
  'invalid.endpointMg':
    'Bitte geben Sie die Dosis, bei der Sie bleiben möchten, in mg pro Tag ein: mehr als 0 und weniger als Ihre aktuelle Tagesdosis. Bei einer Umstellung auf Diazepam in mg Diazepam.',
  'invalid.floorMg':
    'Bitte geben Sie eine Dosis in mg ein, mehr als 0 und weniger als Ihre aktuelle Tagesdosis, oder lassen Sie das Feld leer.',
  'invalid.strengthsMg': 'Bitte kreuzen Sie mindestens eine Tablettenstärke an, die Sie haben.',
  'invalid.strategy.steps': 'Bitte geben Sie mindestens einen und höchstens 200 Schritte ein.',
  'invalid.strategy.steps.doseMg':
    'Bitte geben Sie die Tagesdosis in mg ein, zum Beispiel 1,5. Nur der letzte Schritt, Ihr Ziel, darf 0 sein.',
  'invalid.strategy.steps.days': 'Bitte wählen Sie eine ganze Zahl von Tagen, von 1 bis 365.',
  'invalid.days': 'Bitte wählen Sie 1 bis 180 Tage.',
  'invalid.reason': 'Bitte sagen Sie in ein paar Worten, warum.',
  'planInvalid.endpointMg':
    'Die Dosis, bei der Sie bleiben, muss kleiner sein als Ihre Anfangsdosis und sich mit Ihrer Darreichungsform genau abmessen lassen (zum Beispiel ganze Tabletten oder ganze Teilstriche der Spritze). Bei einer Umstellung auf Diazepam in mg Diazepam.',
  'planInvalid.floorMg':
    'Die niedrigste Dosis muss kleiner sein als Ihre aktuelle Tagesdosis. Sie können das Feld auch leer lassen.',
  'planInvalid.strategy.steps':
    'Der letzte Schritt muss Ihr Ziel sein: 0 mg zum Absetzen oder die Dosis, bei der Sie bleiben möchten.',
  'planInvalid.doseTimes': 'Die Mengen zu den einzelnen Zeiten müssen zusammen Ihre Tagesdosis ergeben.',
} as const satisfies Translation<typeof en>;
