/**
 * The doctor report as HTML (the share link's page): the same content as the PDF (report-content.ts), as headings,
 * paragraphs, tables with header cells and figures with their alternative text. Preact renders it, so every text the
 * person wrote (notes, questions, own symptom names) is escaped.
 */
import type { ComponentChild } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { ReportModel } from '../../core/index.js';
import type { ReportChart } from './report-charts.js';
import { writeReport, type ReportOptions, type ReportSink, type ReportTable } from './report-content.js';
import type { ReportWords } from './report-words.js';

/** A wide table scrolls inside its box on a phone: the box is a named region the keyboard can reach and scroll. */
function Table({ spec, name }: { readonly spec: ReportTable; readonly name: string }) {
  return (
    <div class="report__table" tabIndex={0} role="region" aria-label={name}>
      <table>
        <thead>
          <tr>
            {spec.head.map((text) => (
              <th scope="col">{text}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row) => (
            <tr>{row.map((text, i) => (i === 0 ? <th scope="row">{text}</th> : <td>{text}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Figures({ charts }: { readonly charts: readonly { readonly chart: ReportChart; readonly key: string }[] }) {
  return (
    <div class="report__figures">
      {charts.map(({ chart, key }) => (
        <figure>
          {/* The SVG is an image named by its own title and description (the PDF's alternative text says the same). */}
          <div class="report__chart" dangerouslySetInnerHTML={{ __html: chart.pageSvg }} />
          <figcaption>{key}</figcaption>
        </figure>
      ))}
    </div>
  );
}

/** The report's content as HTML (no document around it). */
export function renderReportHtml(model: ReportModel, words: ReportWords, options: ReportOptions): string {
  const nodes: ComponentChild[] = [];
  let section = '';
  const sink: ReportSink = {
    words,
    heading: (level, text) => {
      section = text;
      nodes.push(level === 'H1' ? <h1>{text}</h1> : <h2>{text}</h2>);
    },
    paragraph: (text, kind) => nodes.push(<p class={kind === undefined ? undefined : `report__${kind}`}>{text}</p>),
    table: (spec) => nodes.push(<Table spec={spec} name={section} />),
    figures: (charts) => nodes.push(<Figures charts={charts} />),
  };
  writeReport(sink, model, options);
  return renderToString(<div class="report">{nodes}</div>);
}
