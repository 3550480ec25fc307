/**
 * What the doctor report says, in order, whatever it is laid out on (issue #12): the PDF (report-pdf.ts) and the
 * share link's page (report-html.ts) write the same headings, sentences, tables and charts through a ReportSink.
 * Page 1: who and which period, the self-report note (said once), the medication and current dose, the dose chart
 * and the burden chart, the summary table, red-flag events and questionnaire scores. Then the detail: cuts and holds,
 * the top symptoms week by week, the notes marked for the doctor, and the person's questions.
 */
import { findMedication, type ReportModel } from '../../core/index.js';
import { burdenChart, doseChart, type ReportChart } from './report-charts.js';
import type { ReportWords } from './report-words.js';

export interface ReportOptions {
  /** The name the person chose for their reports, or none. */
  readonly name: string | null;
  /** The questions the person wants to ask, as they wrote them. */
  readonly questions: readonly string[];
}

/** A table with a header row; each row's first cell is its header cell. `widths`: each column's share of the width. */
export interface ReportTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly widths: readonly number[];
}

/** `name`, `period`: the lines under the title; `note`: small print. */
export type ParagraphKind = 'name' | 'period' | 'note';

export interface ReportSink {
  readonly words: ReportWords;
  /** H1 starts a part (the summary, the detail); H2 a section. */
  heading(level: 'H1' | 'H2', text: string): void;
  paragraph(text: string, kind?: ParagraphKind): void;
  table(spec: ReportTable): void;
  /** Charts side by side, each with its alternative text and a key. */
  figures(charts: readonly { readonly chart: ReportChart; readonly key: string }[]): void;
}

/** The whole report, in order. */
export function writeReport(sink: ReportSink, model: ReportModel, options: ReportOptions): void {
  firstPage(sink, model, options);
  detail(sink, model);
  questions(sink, options.questions);
}

function firstPage(sink: ReportSink, model: ReportModel, options: ReportOptions) {
  const { words } = sink;
  const { w, fill } = words;
  sink.heading('H1', w.title);
  if (options.name) sink.paragraph(fill(w.forName, { name: options.name }), 'name');
  const days = words.count(w.days, model.period.days);
  sink.paragraph(
    fill(w.period, { from: words.date(model.period.from), to: words.date(model.period.to), days }),
    'period',
  );
  sink.paragraph(w.selfReport, 'note');

  sink.heading('H2', w.medicationHeading);
  sink.paragraph(medicationLine(model, words));
  const mark = `${w.mark.cut} / ${w.mark.hold}: │`;
  sink.figures([
    { chart: doseChart(model, words), key: `${w.doseChart.title}. ${w.planned} · ${w.taken} · ${mark}` },
    {
      chart: burdenChart(model, words),
      key: `${w.burdenChart.title}. ${w.daily} · ${w.mean} · ${w.mark['red-flag']}: ▼`,
    },
  ]);

  sink.heading('H2', w.summaryHeading);
  sink.table({ head: [w.figure, w.value], rows: summaryRows(model, words), widths: [0.34, 0.66] });
  redFlags(sink, model);
  questionnaires(sink, model);
}

function medicationLine(model: ReportModel, words: ReportWords): string {
  const { w, fill } = words;
  const med = model.medication;
  if (!med) return w.noPlan;
  const medication = findMedication(med.medicationId)?.name ?? med.medicationId;
  const date = words.date(model.period.to);
  const line =
    med.currentDoseMg === null
      ? fill(w.noCurrentStep, { medication, date })
      : fill(w.currentDose, { medication, date, dose: words.mg(med.currentDoseMg) });
  const scale = findMedication(med.doseScale)?.name ?? med.doseScale;
  return med.doseScale === med.medicationId ? line : `${line} ${fill(w.doseScaleNote, { scale })}`;
}

function summaryRows(model: ReportModel, words: ReportWords): string[][] {
  const { w, fill, count } = words;
  const { counts, plannedDays } = model.adherence;
  const others = (['less', 'much-less', 'more', 'missed', 'not-recorded'] as const)
    .map((s) => `${words.number(counts[s])} ${w.status[s]}`)
    .join(', ');
  const adherence =
    plannedDays === 0
      ? w.adherenceNone
      : counts['not-recorded'] === plannedDays
        ? w.adherenceNotRecorded
        : `${fill(w.adherenceValue, { asPlanned: words.number(counts['as-planned']), planned: count(w.days, plannedDays) })}; ${others}`;
  const { firstMean, lastMean } = model.burden;
  const burden =
    firstMean === null || lastMean === null
      ? w.burdenNone
      : fill(w.burdenValue, { first: words.number(firstMean), last: words.number(lastMean) });
  return [
    [
      w.coverage,
      fill(w.coverageValue, {
        checkins: words.number(model.coverage.checkinDays),
        days: count(w.days, model.coverage.days),
      }),
    ],
    [w.burden, burden],
    [w.cutResponse, words.cutResponse(model.cutResponse.code, model.cutResponse)],
    [w.adherence, adherence],
    [w.redFlags, model.redFlags.length === 0 ? w.redFlagsNone : count(w.redFlagsCount, model.redFlags.length)],
  ];
}

function questionnaires(sink: ReportSink, model: ReportModel) {
  const { words } = sink;
  const { w, fill } = words;
  sink.heading('H2', w.questionnairesHeading);
  if (model.questionnaires.length === 0) return sink.paragraph(w.questionnairesNone);
  const rows = model.questionnaires.map((q) => {
    const band = q.band === null ? w.noBand : words.band(q.band);
    return [
      words.date(q.date),
      w.instruments[q.instrumentId] ?? q.instrumentId,
      words.number(q.score),
      q.contactClinician ? fill(w.contactClinician, { band }) : band,
    ];
  });
  sink.table({ head: [w.date, w.questionnaire, w.score, w.band], rows, widths: [0.26, 0.2, 0.14, 0.4] });
}

function redFlags(sink: ReportSink, model: ReportModel) {
  const { words } = sink;
  const { w } = words;
  sink.heading('H2', w.redFlagsHeading);
  if (model.redFlags.length === 0) return sink.paragraph(w.redFlagsNone);
  const rows = model.redFlags.map((f) => [words.date(f.date), words.redFlag(f.code), w.sources[f.source]]);
  sink.table({ head: [w.date, w.what, w.source], rows, widths: [0.26, 0.46, 0.28] });
}

function questions(sink: ReportSink, asked: readonly string[]) {
  const { w } = sink.words;
  sink.heading('H2', w.questionsHeading);
  if (asked.length === 0) return sink.paragraph(w.questionsNone);
  const rows = asked.map((q, i) => [String(i + 1), q]);
  sink.table({ head: ['#', w.question], rows, widths: [0.08, 0.92] });
}

function detail(sink: ReportSink, model: ReportModel) {
  const { words } = sink;
  const { w, fill } = words;
  sink.heading('H1', w.detailHeading);
  sink.heading('H2', w.cutsHeading);
  const rows = [
    ...model.cuts.map((c) => ({
      date: c.date,
      cells: [w.mark.cut, fill(w.cutRow, { from: words.mg(c.fromMg), to: words.mg(c.toMg) })],
    })),
    ...model.holds.map((h) => ({ date: h.from, cells: [w.mark.hold, `${w.to} ${words.date(h.to)}`] })),
  ]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((r) => [words.date(r.date), ...r.cells]);
  if (rows.length === 0) sink.paragraph(w.cutNone);
  else sink.table({ head: [w.date, w.what, w.value], rows, widths: [0.3, 0.25, 0.45] });

  sink.heading('H2', w.weeksHeading);
  const weeks = model.weeks.map((week) => [
    `${words.shortDate(week.from)} – ${words.shortDate(week.to)}`,
    words.number(week.checkinDays),
    week.top.length === 0
      ? w.noSymptoms
      : week.top
          .map((s) => fill(w.symptomMean, { name: words.symptom(s.symptomId), mean: words.number(s.mean, 1) }))
          .join(', '),
  ]);
  sink.table({ head: [w.week, w.checkins, w.topSymptoms], rows: weeks, widths: [0.22, 0.13, 0.65] });

  sink.heading('H2', w.notesHeading);
  if (model.doctorNotes.length === 0) sink.paragraph(w.notesNone);
  else
    sink.table({
      head: [w.date, w.note],
      rows: model.doctorNotes.map((n) => [words.date(n.date), n.note]),
      widths: [0.26, 0.74],
    });
}
