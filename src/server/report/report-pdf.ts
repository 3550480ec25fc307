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
import type { ReportModel } from '../../core/index.js';
import type { ReportChart } from './report-charts.js';
import { writeReport, type ReportOptions, type ReportSink, type ReportTable } from './report-content.js';
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

export type ReportPdfOptions = ReportOptions;

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
  // A later part follows on the same page when there is room: a page break would leave most of a page empty.
  else if (doc.y > MARGIN) doc.moveDown(1);
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
function table(page: Page, spec: ReportTable) {
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
  doc.moveDown(0.4);
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

const PARAGRAPH_STYLE = {
  name: { size: 11, bold: true },
  period: { size: 11 },
  note: { size: 9, color: MUTED },
} as const;

function pdfSink(page: Page): ReportSink {
  return {
    words: page.words,
    heading: (level, text) => heading(page, level, text),
    paragraph: (text, kind) => {
      // The small print sits a little apart from the lines above it.
      if (kind === 'note') page.doc.moveDown(0.3);
      paragraph(page, text, kind === undefined ? {} : PARAGRAPH_STYLE[kind]);
    },
    table: (spec) => table(page, spec),
    figures: (charts) => figures(page, charts),
  };
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
  writeReport(pdfSink(page), model, options);
  root.end();
  doc.end();
  return done;
}
