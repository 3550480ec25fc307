/**
 * The report's charts: the app's own Preact SVG components (src/charts), rendered to strings on the server and
 * given print colours. The app colours them with CSS variables; svg-to-pdfkit reads only a <style> of simple class
 * selectors inside the SVG (and drops currentColor), so each chart gets explicit colours here.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { DoseChart } from '../../charts/dose-chart.js';
import { LineChart } from '../../charts/line-chart.js';
import type { DayMark } from '../../charts/marks.js';
import type { ReportModel } from '../../core/index.js';
import type { ReportWords } from './report-words.js';

/** Later rules win over earlier ones of the same weight, so modifiers come after their base class. */
const PRINT_STYLE = [
  '.chart__label{fill:#333333;font-size:15px}',
  '.chart__rule{stroke:#555555;stroke-width:1}',
  '.chart__grid{stroke:#d0d0d0;stroke-width:1}',
  '.chart__line{fill:none;stroke:#1f4e79;stroke-width:2.5}',
  '.chart__line--planned{stroke:#222222}',
  '.chart__line--taken{stroke:#2a7ab8;stroke-dasharray:6 4}',
  '.chart__band{fill:#dbe6f1}',
  '.chart__dots{fill:#8aa9cf}',
  '.chart__mark{stroke:#6b6b6b;fill:#6b6b6b;stroke-width:1.5}',
  '.chart__mark--red-flag{stroke:#b3261e;fill:#b3261e}',
  '.chart__episode--window{fill:#e3f1e3}',
  '.chart__episode--wave{fill:#f6e7dc}',
].join('');

/** The <svg> of a rendered chart, without the app's "Show as table" disclosure (the report has its own tables). */
function svgOf(html: string): string {
  const start = html.indexOf('<svg');
  const end = html.indexOf('</svg>');
  if (start < 0 || end < 0) throw new Error('chart rendered no svg');
  return html.slice(start, end + '</svg>'.length);
}

/** The chart's <svg> with print colours inside it. */
function printableSvg(html: string): string {
  const svg = svgOf(html);
  const open = svg.indexOf('>') + 1;
  return `${svg.slice(0, open)}<style>${PRINT_STYLE}</style>${svg.slice(open)}`;
}

export interface ReportChart {
  /** For the PDF: colours inside the SVG. */
  readonly svg: string;
  /** For a web page: coloured by the page's stylesheet (a strict Content-Security-Policy refuses inline styles). */
  readonly pageSvg: string;
  readonly alt: string;
}

/** The chart rendered for both the PDF and a page. */
const chartOf = (html: string, alt: string): ReportChart => ({ svg: printableSvg(html), pageSvg: svgOf(html), alt });

/** The print colours as a stylesheet, for the share page's charts. */
export const CHART_STYLESHEET = PRINT_STYLE;

function markWords(words: ReportWords) {
  const { mark } = words.w;
  return { ...mark, window: '', wave: '' };
}

const frame = (words: ReportWords, chart: { readonly title: string; readonly desc: string }) => ({
  title: chart.title,
  desc: chart.desc,
  showTable: '',
});

/** The planned against the taken dose, cuts and holds marked. */
export function doseChart(model: ReportModel, words: ReportWords): ReportChart {
  const w = words.w;
  const marks: DayMark[] = [
    ...model.cuts.map((c) => ({ kind: 'cut' as const, date: c.date })),
    ...model.holds.map((h) => ({ kind: 'hold' as const, date: h.from })),
  ];
  const html = renderToString(
    h(DoseChart, {
      id: 'report-dose',
      words: {
        ...frame(words, w.doseChart),
        caption: w.doseChart.title,
        date: w.date,
        planned: w.planned,
        taken: w.taken,
        marks: w.legend,
        markNames: markWords(words),
      },
      range: model.period,
      days: model.doses,
      marks,
      format: { date: words.shortDate, mg: words.mg },
    }),
  );
  return chartOf(html, `${w.doseChart.title}. ${w.doseChart.desc}`);
}

/** The daily burden as dots with its 7-day mean, red flags marked. */
export function burdenChart(model: ReportModel, words: ReportWords): ReportChart {
  const w = words.w;
  const daily = new Map(model.burden.daily.map((d) => [d.date, d.burden]));
  const points = model.burden.mean.map((p) => ({ date: p.date, value: daily.get(p.date) ?? null, mean: p.mean }));
  const html = renderToString(
    h(LineChart, {
      id: 'report-burden',
      words: {
        ...frame(words, w.burdenChart),
        caption: w.burdenChart.title,
        date: w.date,
        value: w.daily,
        mean: w.mean,
        marks: w.legend,
        markNames: markWords(words),
      },
      range: model.period,
      points,
      max: 100,
      marks: { days: model.redFlags.map((f) => ({ kind: 'red-flag' as const, date: f.date })), episodes: [] },
      format: { date: words.shortDate, value: (n: number) => words.number(n) },
    }),
  );
  return chartOf(html, `${w.burdenChart.title}. ${w.burdenChart.desc}`);
}
