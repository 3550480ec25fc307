/**
 * The doctor report's words, English and German (the server's own catalogue for the PDF it makes; core holds codes
 * only). Plurals through Intl.PluralRules, numbers and dates through Intl in the report's language.
 */
import type { AdherenceCounts, CutResponseCode } from '../../core/index.js';
import { NAMES } from './report-names.js';

export const REPORT_LANGS = ['en', 'de'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

type Plural = { readonly one: string; readonly other: string };

interface Catalogue {
  readonly title: string;
  readonly appName: string;
  readonly selfReport: string;
  readonly forName: string;
  readonly period: string;
  readonly days: Plural;
  readonly medicationHeading: string;
  readonly noPlan: string;
  readonly currentDose: string;
  readonly noCurrentStep: string;
  readonly doseScaleNote: string;
  readonly summaryHeading: string;
  readonly figure: string;
  readonly value: string;
  readonly coverage: string;
  readonly coverageValue: string;
  readonly burden: string;
  readonly burdenValue: string;
  readonly burdenNone: string;
  readonly cutResponse: string;
  readonly cutSummary: string;
  readonly cutSummaryNoSettle: string;
  readonly cuts: Plural;
  readonly cutNotEnough: string;
  readonly cutNone: string;
  readonly adherence: string;
  readonly adherenceValue: string;
  readonly adherenceNone: string;
  readonly adherenceNotRecorded: string;
  readonly status: Readonly<Record<keyof AdherenceCounts, string>>;
  readonly redFlags: string;
  readonly redFlagsNone: string;
  readonly redFlagsCount: Plural;
  readonly doseChart: { readonly title: string; readonly desc: string };
  readonly burdenChart: { readonly title: string; readonly desc: string };
  readonly planned: string;
  readonly taken: string;
  readonly mean: string;
  readonly daily: string;
  readonly mark: { readonly cut: string; readonly hold: string; readonly 'red-flag': string };
  readonly legend: string;
  readonly questionnairesHeading: string;
  readonly questionnairesNone: string;
  readonly date: string;
  readonly questionnaire: string;
  readonly score: string;
  readonly band: string;
  readonly noBand: string;
  readonly contactClinician: string;
  readonly redFlagsHeading: string;
  readonly what: string;
  readonly source: string;
  readonly sources: { readonly event: string; readonly questionnaire: string; readonly checkin: string };
  readonly detailHeading: string;
  readonly cutsHeading: string;
  readonly cutRow: string;
  readonly holdsHeading: string;
  readonly from: string;
  readonly to: string;
  readonly weeksHeading: string;
  readonly week: string;
  readonly checkins: string;
  readonly topSymptoms: string;
  readonly noSymptoms: string;
  readonly symptomMean: string;
  readonly notesHeading: string;
  readonly notesNone: string;
  readonly note: string;
  readonly questionsHeading: string;
  readonly questionsNone: string;
  readonly question: string;
  readonly instruments: Readonly<Record<string, string>>;
  /** The read-only page of a share link. */
  readonly share: {
    readonly sharedBy: string;
    readonly shows: string;
    readonly expires: string;
    readonly download: string;
    readonly inactiveTitle: string;
    readonly inactiveBody: string;
    readonly busyTitle: string;
    readonly busyBody: string;
  };
}

const en: Catalogue = {
  title: 'Taper report',
  appName: 'Taper Companion',
  selfReport:
    'This is a self-report: the person entered everything here in Taper Companion, an educational app. It is not a medical record and no clinician has checked it.',
  forName: 'For: {name}',
  period: 'Period: {from} to {to} ({days})',
  days: { one: '# day', other: '# days' },
  medicationHeading: 'Medication',
  noPlan: 'No taper plan is recorded in the app.',
  currentDose: '{medication}: planned dose on {date}: {dose} a day.',
  noCurrentStep: '{medication}: no planned dose on {date}.',
  doseScaleNote: 'Doses are shown as {scale} equivalents.',
  summaryHeading: 'Summary',
  figure: 'Figure',
  value: 'Value',
  coverage: 'Data coverage',
  coverageValue: 'Checked in on {checkins} of {days}',
  burden: 'Symptom burden, 7-day mean (0-100)',
  burdenValue: '{first} at the start of the period, {last} at the end',
  burdenNone: 'No symptoms rated in this period',
  cutResponse: 'How symptoms followed cuts',
  cutSummary: 'Symptoms peaked around day {peak} after a cut and settled by day {settled}, over {cuts}.',
  cutSummaryNoSettle: 'Symptoms peaked around day {peak} after a cut, over {cuts}; too few settled to say when.',
  cuts: { one: '# cut', other: '# cuts' },
  cutNotEnough: 'Not enough data yet: {cuts} in this period, too few check-ins around them to say.',
  cutNone: 'No cuts in this period.',
  adherence: 'Doses taken against the plan',
  adherenceValue: '{asPlanned} of {planned} as planned',
  adherenceNone: 'No planned days in this period',
  adherenceNotRecorded: 'No doses recorded in this period',
  status: {
    'as-planned': 'as planned',
    less: 'less',
    'much-less': 'less than half',
    more: 'more',
    missed: 'missed',
    'not-recorded': 'not recorded',
    'no-plan': 'no plan',
  },
  redFlags: 'Red flags',
  redFlagsNone: 'None recorded',
  redFlagsCount: { one: '# recorded (listed below)', other: '# recorded (listed below)' },
  doseChart: {
    title: 'Planned and taken dose',
    desc: 'The planned daily dose as a solid step line and the dose logged as taken as a dashed line; cuts and holds marked as thin vertical lines.',
  },
  burdenChart: {
    title: 'Symptom burden',
    desc: 'Each day’s burden (0-100, the mean severity of the symptoms rated) as dots and its 7-day mean as a line; red flags marked with a triangle.',
  },
  planned: 'Planned (solid)',
  taken: 'Taken (dashed)',
  mean: '7-day mean (line)',
  daily: 'Daily burden (dots)',
  mark: { cut: 'Cut', hold: 'Hold', 'red-flag': 'Red flag' },
  legend: 'Key',
  questionnairesHeading: 'Questionnaire scores',
  questionnairesNone: 'No questionnaires in this period.',
  date: 'Date',
  questionnaire: 'Questionnaire',
  score: 'Score',
  band: 'Band',
  noBand: 'no validated band',
  contactClinician: '{band} (contact a clinician)',
  redFlagsHeading: 'Red-flag events',
  what: 'What',
  source: 'Recorded as',
  sources: { event: 'urgent-help event', questionnaire: 'questionnaire answer', checkin: 'check-in answer' },
  detailHeading: 'Detail',
  cutsHeading: 'Cuts and holds',
  cutRow: '{from} to {to}',
  holdsHeading: 'Holds',
  from: 'From',
  to: 'To',
  weeksHeading: 'Top symptoms week by week',
  week: 'Week',
  checkins: 'Check-ins',
  topSymptoms: 'Most severe symptoms (mean 0-3)',
  noSymptoms: 'none rated above 0',
  symptomMean: '{name} {mean}',
  notesHeading: 'Notes marked for the doctor',
  notesNone: 'No notes marked for the doctor in this period.',
  note: 'Note',
  questionsHeading: 'Questions for the doctor',
  questionsNone: 'No questions written down for this visit.',
  question: 'Question',
  instruments: { 'ciwa-b': 'CIWA-B', bwsq: 'BWSQ' },
  share: {
    sharedBy: 'Shared read-only by the person it is about, from Taper Companion.',
    shows: 'It shows the {days} up to {date}, as of when it is opened.',
    expires: 'This link works until {date}.',
    download: 'Download this report as a PDF',
    inactiveTitle: 'This link is no longer active',
    inactiveBody:
      'Share links stop working when they expire or when the person who shared them stops sharing. If you still need the report, please ask them for a new link.',
    busyTitle: 'Please wait a few minutes',
    busyBody: 'This page was opened many times in a short while. Please open the link again in a few minutes.',
  },
};

const de: Catalogue = {
  title: 'Bericht zum Ausschleichen',
  appName: 'Taper Companion',
  selfReport:
    'Dies ist eine Selbstauskunft: Die Person hat alles hier in Taper Companion eingetragen, einer App zur Information. Es ist keine medizinische Dokumentation, und keine Ärztin und kein Arzt hat es geprüft.',
  forName: 'Für: {name}',
  period: 'Zeitraum: {from} bis {to} ({days})',
  days: { one: '# Tag', other: '# Tage' },
  medicationHeading: 'Medikament',
  noPlan: 'In der App ist kein Plan zum Ausschleichen eingetragen.',
  currentDose: '{medication}: geplante Dosis am {date}: {dose} am Tag.',
  noCurrentStep: '{medication}: keine geplante Dosis am {date}.',
  doseScaleNote: 'Dosen sind als {scale}-Äquivalent angegeben.',
  summaryHeading: 'Zusammenfassung',
  figure: 'Kennzahl',
  value: 'Wert',
  coverage: 'Datenabdeckung',
  coverageValue: 'Eingetragen an {checkins} von {days}',
  burden: 'Symptomlast, 7-Tage-Mittel (0-100)',
  burdenValue: '{first} zu Beginn des Zeitraums, {last} am Ende',
  burdenNone: 'In diesem Zeitraum keine Symptome bewertet',
  cutResponse: 'Wie Symptome auf Reduktionen folgten',
  cutSummary:
    'Die Symptome erreichten etwa am Tag {peak} nach einer Reduktion ihren Höhepunkt und hatten sich bis Tag {settled} gelegt, über {cuts}.',
  cutSummaryNoSettle:
    'Die Symptome erreichten etwa am Tag {peak} nach einer Reduktion ihren Höhepunkt, über {cuts}; zu wenige legten sich, um zu sagen, wann.',
  cuts: { one: '# Reduktion', other: '# Reduktionen' },
  cutNotEnough: 'Noch zu wenige Daten: {cuts} in diesem Zeitraum, zu wenige Einträge davor und danach.',
  cutNone: 'Keine Reduktionen in diesem Zeitraum.',
  adherence: 'Eingenommene Dosen gegenüber dem Plan',
  adherenceValue: '{asPlanned} von {planned} wie geplant',
  adherenceNone: 'Keine geplanten Tage in diesem Zeitraum',
  adherenceNotRecorded: 'In diesem Zeitraum keine Einnahmen eingetragen',
  status: {
    'as-planned': 'wie geplant',
    less: 'weniger',
    'much-less': 'weniger als die Hälfte',
    more: 'mehr',
    missed: 'ausgelassen',
    'not-recorded': 'nicht eingetragen',
    'no-plan': 'ohne Plan',
  },
  redFlags: 'Warnzeichen',
  redFlagsNone: 'Keine eingetragen',
  redFlagsCount: { one: '# eingetragen (unten aufgeführt)', other: '# eingetragen (unten aufgeführt)' },
  doseChart: {
    title: 'Geplante und eingenommene Dosis',
    desc: 'Die geplante Tagesdosis als durchgezogene Stufenlinie, die eingetragene Einnahme gestrichelt; Reduktionen und Pausen als dünne senkrechte Linien.',
  },
  burdenChart: {
    title: 'Symptomlast',
    desc: 'Die Last jedes Tages (0-100, mittlere Stärke der bewerteten Symptome) als Punkte und ihr 7-Tage-Mittel als Linie; Warnzeichen mit einem Dreieck markiert.',
  },
  planned: 'Geplant (durchgezogen)',
  taken: 'Eingenommen (gestrichelt)',
  mean: '7-Tage-Mittel (Linie)',
  daily: 'Tageslast (Punkte)',
  mark: { cut: 'Reduktion', hold: 'Pause', 'red-flag': 'Warnzeichen' },
  legend: 'Legende',
  questionnairesHeading: 'Fragebogen-Werte',
  questionnairesNone: 'Keine Fragebögen in diesem Zeitraum.',
  date: 'Datum',
  questionnaire: 'Fragebogen',
  score: 'Punkte',
  band: 'Bereich',
  noBand: 'kein validierter Bereich',
  contactClinician: '{band} (ärztlichen Rat einholen)',
  redFlagsHeading: 'Warnzeichen',
  what: 'Was',
  source: 'Eingetragen als',
  sources: { event: 'Notfall-Eintrag', questionnaire: 'Antwort im Fragebogen', checkin: 'Antwort im Tageseintrag' },
  detailHeading: 'Einzelheiten',
  cutsHeading: 'Reduktionen und Pausen',
  cutRow: '{from} auf {to}',
  holdsHeading: 'Pausen',
  from: 'Von',
  to: 'Bis',
  weeksHeading: 'Stärkste Symptome Woche für Woche',
  week: 'Woche',
  checkins: 'Einträge',
  topSymptoms: 'Stärkste Symptome (Mittel 0-3)',
  noSymptoms: 'keines über 0 bewertet',
  symptomMean: '{name} {mean}',
  notesHeading: 'Notizen für die Ärztin oder den Arzt',
  notesNone: 'In diesem Zeitraum keine Notizen für die Ärztin oder den Arzt.',
  note: 'Notiz',
  questionsHeading: 'Fragen an die Ärztin oder den Arzt',
  questionsNone: 'Für diesen Termin keine Fragen notiert.',
  question: 'Frage',
  instruments: { 'ciwa-b': 'CIWA-B', bwsq: 'BWSQ' },
  share: {
    sharedBy: 'Nur zum Lesen geteilt von der Person, um die es geht, aus Taper Companion.',
    shows: 'Er zeigt die {days} bis zum {date}, Stand beim Öffnen.',
    expires: 'Dieser Link funktioniert bis zum {date}.',
    download: 'Diesen Bericht als PDF herunterladen',
    inactiveTitle: 'Dieser Link ist nicht mehr aktiv',
    inactiveBody:
      'Geteilte Links funktionieren nicht mehr, wenn sie abgelaufen sind oder die Person das Teilen beendet hat. Wenn Sie den Bericht noch brauchen, bitten Sie sie um einen neuen Link.',
    busyTitle: 'Bitte warten Sie ein paar Minuten',
    busyBody:
      'Diese Seite wurde in kurzer Zeit sehr oft geöffnet. Bitte öffnen Sie den Link in ein paar Minuten noch einmal.',
  },
};

const CATALOGUES: Readonly<Record<ReportLang, Catalogue>> = { en, de };

const fill = (message: string, values: Readonly<Record<string, string>>) =>
  message.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

export interface ReportWords {
  readonly lang: ReportLang;
  readonly w: Catalogue;
  readonly fill: typeof fill;
  readonly count: (plural: Plural, n: number) => string;
  readonly date: (date: string) => string;
  readonly shortDate: (date: string) => string;
  readonly number: (n: number, digits?: number) => string;
  readonly mg: (n: number) => string;
  readonly symptom: (id: string) => string;
  readonly redFlag: (code: string) => string;
  readonly band: (id: string) => string;
  readonly cutResponse: (code: CutResponseCode, figures: CutFigures) => string;
}

export interface CutFigures {
  readonly peakDay: number | null;
  readonly settledDay: number | null;
  readonly cutsUsed: number;
  readonly cutsInPeriod: number;
}

/** The report's words in `lang`; own symptoms are named by the names the person gave them. */
export function reportWords(lang: ReportLang, ownSymptoms: ReadonlyMap<string, string> = new Map()): ReportWords {
  const w = CATALOGUES[lang];
  const names = NAMES[lang];
  const rules = new Intl.PluralRules(lang);
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const number = (n: number, digits = 0) =>
    new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
  const count = (plural: Plural, n: number) =>
    (rules.select(n) === 'one' ? plural.one : plural.other).replace('#', number(n));
  const lookup = (table: Readonly<Record<string, string>>, id: string) => table[id] ?? id;
  return {
    lang,
    w,
    fill,
    count,
    date: (d) => day.format(new Date(`${d}T00:00:00Z`)),
    shortDate: (d) => short.format(new Date(`${d}T00:00:00Z`)),
    number,
    mg: (n) => `${number(n, 3)} mg`,
    symptom: (id) => ownSymptoms.get(id) ?? lookup(names.symptom, id),
    redFlag: (code) => lookup(names.redFlag, code),
    band: (id) => lookup(names.band, id),
    cutResponse: (code, f) => {
      switch (code) {
        case 'summary':
          return f.settledDay === null
            ? fill(w.cutSummaryNoSettle, { peak: number(f.peakDay ?? 0), cuts: count(w.cuts, f.cutsUsed) })
            : fill(w.cutSummary, {
                peak: number(f.peakDay ?? 0),
                settled: number(f.settledDay),
                cuts: count(w.cuts, f.cutsUsed),
              });
        case 'not-enough-data':
          return fill(w.cutNotEnough, { cuts: count(w.cuts, f.cutsInPeriod) });
        case 'no-cuts':
          return w.cutNone;
      }
    },
  };
}

/** The report's language: `lang` if the app asked for one, else the first of Accept-Language we have, else English. */
export function reportLang(asked: string | undefined, acceptLanguage: string | undefined): ReportLang {
  const known = (tag: string) => REPORT_LANGS.find((l) => tag.trim().toLowerCase().split('-')[0] === l);
  if (asked) return known(asked) ?? 'en';
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.split(';q=');
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter((p) => p.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const p of ranked) {
    const lang = known(p.tag);
    if (lang) return lang;
  }
  return 'en';
}
