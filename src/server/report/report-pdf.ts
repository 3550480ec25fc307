/**
 * The doctor report as a tagged PDF (issue #12 §1; docs/adr/0016-doctor-report.md). Page 1 is what a prescriber
 * reads in a minute: who and which period, the self-report note (said once), the medication and current dose, the
 * dose chart and the burden chart side by side, the summary table (coverage, burden, cut response, adherence, red
 * flags), questionnaire scores and red-flag events. Then the detail: cuts and holds, the top symptoms week by week
 * and the notes marked for the doctor. PDF/UA-tagged: title, language, headings, tables with header cells, figures
 * with alternative text; DejaVu Sans embedded (pdfkit's standard fonts cover WinAnsi only).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { findMedication, type ReportModel } from '../../core/index.js';
import { burdenChart, doseChart, type ReportChart } from './report-charts.js';
import type { ReportWords } from './report-words.js';

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/**
 * Each font is registered under its own path as its name: pdfkit 0.20's table puts the font back after every cell
 * with doc.font(<the font's source>), which finds the cached font only when the source is itself a registered name
 * (with the bytes, or another name, it parsed the whole TTF again for every cell: seconds for a year's tables).
 */
const REGULAR = join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = join(FONT_DIR, 'DejaVuSans-Bold.ttf');

const MARGIN = 48;
const GAP = 14;
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#b0b0b0';
const HEAD_FILL = '#eef1f4';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Cell = string | PDFKit.Mixins.CellOptions;

interface Page {
  readonly doc: Doc;
  readonly root: Struct;
  readonly words: ReportWords;
}

export interface ReportPdfOptions {
  /** The name the person chose for their reports, or none. */
  readonly name: string | null;
  /** The questions the person wants to ask, as they wrote them. */
  readonly questions: readonly string[];
}

function paragraph(page: Page, text: string, style: { size?: number; color?: string; bold?: boolean } = {}) {
  const { doc, root } = page;
  root.add(
    doc.struct('P', {}, () => {
      doc
        .font(style.bold ? BOLD : REGULAR)
        .fontSize(style.size ?? 10)
        .fillColor(style.color ?? INK)
        .text(text, { width: contentWidth(doc) });
    }),
  );
}

function heading(page: Page, level: 'H1' | 'H2', text: string) {
  const { doc, root } = page;
  if (level === 'H2') doc.moveDown(0.6);
  // A heading never sits alone at the foot of a page.
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  root.add(
    doc.struct(level, {}, () => {
      doc
        .font(BOLD)
        .fontSize(level === 'H1' ? 18 : 12.5)
        .fillColor(INK)
        .text(text, { width: contentWidth(doc) });
    }),
  );
  doc.moveDown(0.25);
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

/** A table with a header row (TH cells) and, where `rowHeads`, a header cell at the start of each row. */
function table(page: Page, spec: { head: readonly string[]; rows: readonly (readonly string[])[]; widths: number[] }) {
  const { doc, root } = page;
  const th = (text: string): Cell => ({ text, type: 'TH', font: { src: BOLD }, backgroundColor: HEAD_FILL });
  const data: Cell[][] = [spec.head.map(th), ...spec.rows.map((r) => r.map((text, i) => (i === 0 ? th(text) : text)))];
  doc.font(REGULAR).fontSize(9).fillColor(INK);
  const options = {
    data,
    structParent: root,
    columnStyles: spec.widths.map((share) => share * contentWidth(doc)),
    defaultStyle: { border: 0.5, borderColor: RULE, padding: 4 },
    position: { x: MARGIN },
  };
  doc.table(options);
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

/** Two charts side by side, each a Figure with its alternative text and a key under it. */
function figures(page: Page, charts: readonly { chart: ReportChart; key: string }[]) {
  const { doc, root } = page;
  const width = (contentWidth(doc) - GAP) / 2;
  const height = (width * 220) / 360;
  if (doc.y + height + 40 > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  let bottom = top;
  charts.forEach(({ chart, key }, i) => {
    const x = MARGIN + i * (width + GAP);
    root.add(
      doc.struct('Figure', { alt: chart.alt }, () => {
        SVGtoPDF(doc, chart.svg, x, top, {
          width,
          height,
          assumePt: true,
          fontCallback: () => REGULAR,
          warningCallback: () => undefined,
        });
      }),
    );
    doc.font(REGULAR).fontSize(8).fillColor(MUTED);
    root.add(
      doc.struct('P', {}, () => {
        doc.text(key, x, top + height + 2, { width });
      }),
    );
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = MARGIN;
  doc.y = bottom + 6;
}

function firstPage(page: Page, model: ReportModel, options: ReportPdfOptions) {
  const { words } = page;
  const { w, fill } = words;
  heading(page, 'H1', w.title);
  if (options.name) paragraph(page, fill(w.forName, { name: options.name }), { size: 11, bold: true });
  const days = words.count(w.days, model.period.days);
  paragraph(page, fill(w.period, { from: words.date(model.period.from), to: words.date(model.period.to), days }), {
    size: 11,
  });
  page.doc.moveDown(0.3);
  paragraph(page, w.selfReport, { size: 9, color: MUTED });

  heading(page, 'H2', w.medicationHeading);
  paragraph(page, medicationLine(model, words));
  page.doc.moveDown(0.4);
  const mark = `${w.mark.cut} / ${w.mark.hold}: │`;
  figures(page, [
    { chart: doseChart(model, words), key: `${w.doseChart.title}. ${w.planned} · ${w.taken} · ${mark}` },
    {
      chart: burdenChart(model, words),
      key: `${w.burdenChart.title}. ${w.daily} · ${w.mean} · ${w.mark['red-flag']}: ▼`,
    },
  ]);

  heading(page, 'H2', w.summaryHeading);
  table(page, { head: [w.figure, w.value], rows: summaryRows(model, words), widths: [0.34, 0.66] });
  redFlags(page, model);
  questionnaires(page, model);
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

function questionnaires(page: Page, model: ReportModel) {
  const { words } = page;
  const { w, fill } = words;
  heading(page, 'H2', w.questionnairesHeading);
  if (model.questionnaires.length === 0) return paragraph(page, w.questionnairesNone);
  const rows = model.questionnaires.map((q) => {
    const band = q.band === null ? w.noBand : words.band(q.band);
    return [
      words.date(q.date),
      w.instruments[q.instrumentId] ?? q.instrumentId,
      words.number(q.score),
      q.contactClinician ? fill(w.contactClinician, { band }) : band,
    ];
  });
  table(page, { head: [w.date, w.questionnaire, w.score, w.band], rows, widths: [0.26, 0.2, 0.14, 0.4] });
}

function redFlags(page: Page, model: ReportModel) {
  const { words } = page;
  const { w } = words;
  heading(page, 'H2', w.redFlagsHeading);
  if (model.redFlags.length === 0) return paragraph(page, w.redFlagsNone);
  const rows = model.redFlags.map((f) => [words.date(f.date), words.redFlag(f.code), w.sources[f.source]]);
  table(page, { head: [w.date, w.what, w.source], rows, widths: [0.26, 0.46, 0.28] });
}

function questions(page: Page, asked: readonly string[]) {
  const { w } = page.words;
  heading(page, 'H2', w.questionsHeading);
  if (asked.length === 0) return paragraph(page, w.questionsNone);
  const rows = asked.map((q, i) => [String(i + 1), q]);
  table(page, { head: ['#', w.question], rows, widths: [0.08, 0.92] });
}

function detail(page: Page, model: ReportModel) {
  const { doc, words } = page;
  const { w, fill } = words;
  // The detail follows on the same page when there is room: a page break would leave most of a page empty.
  doc.moveDown(1);
  heading(page, 'H1', w.detailHeading);
  heading(page, 'H2', w.cutsHeading);
  const rows = [
    ...model.cuts.map((c) => ({
      date: c.date,
      cells: [w.mark.cut, fill(w.cutRow, { from: words.mg(c.fromMg), to: words.mg(c.toMg) })],
    })),
    ...model.holds.map((h) => ({ date: h.from, cells: [w.mark.hold, `${w.to} ${words.date(h.to)}`] })),
  ]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((r) => [words.date(r.date), ...r.cells]);
  if (rows.length === 0) paragraph(page, w.cutNone);
  else table(page, { head: [w.date, w.what, w.value], rows, widths: [0.3, 0.25, 0.45] });

  heading(page, 'H2', w.weeksHeading);
  const weeks = model.weeks.map((week) => [
    `${words.shortDate(week.from)} – ${words.shortDate(week.to)}`,
    words.number(week.checkinDays),
    week.top.length === 0
      ? w.noSymptoms
      : week.top
          .map((s) => fill(w.symptomMean, { name: words.symptom(s.symptomId), mean: words.number(s.mean, 1) }))
          .join(', '),
  ]);
  table(page, { head: [w.week, w.checkins, w.topSymptoms], rows: weeks, widths: [0.22, 0.13, 0.65] });

  heading(page, 'H2', w.notesHeading);
  if (model.doctorNotes.length === 0) paragraph(page, w.notesNone);
  else
    table(page, {
      head: [w.date, w.note],
      rows: model.doctorNotes.map((n) => [words.date(n.date), n.note]),
      widths: [0.26, 0.74],
    });
}

/** The report as PDF bytes. */
export function renderReportPdf(model: ReportModel, words: ReportWords, options: ReportPdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    // @types/pdfkit 0.17 does not list PDF/UA yet; pdfkit 0.20 does.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: words.lang,
    displayTitle: true,
    info: {
      Title: `${words.w.title}: ${words.date(model.period.from)} – ${words.date(model.period.to)}`,
      Creator: words.w.appName,
      Producer: words.w.appName,
    },
    pdfVersion: '1.7',
  });
  doc.registerFont(REGULAR, REGULAR);
  doc.registerFont(BOLD, BOLD);
  doc.font(REGULAR);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const page: Page = { doc, root, words };
  firstPage(page, model, options);
  detail(page, model);
  questions(page, options.questions);
  root.end();
  doc.end();
  return done;
}
