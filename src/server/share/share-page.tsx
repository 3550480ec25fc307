/**
 * The pages a share link opens (issue #12 §2): the report, read-only, with its PDF download; or, for a link that is
 * expired, revoked or never was, one calm page that says so and tells nothing else. Plain server-rendered HTML with
 * one stylesheet (/share.css): no script, so it opens in any browser a clinic has, under the app's strict CSP.
 */
import { renderToString } from 'preact-render-to-string';
import { CHART_STYLESHEET } from '../report/report-charts.js';
import type { ReportWords } from '../report/report-words.js';

export const SHARE_STYLESHEET_PATH = '/share.css';

function Document(props: {
  readonly words: ReportWords;
  readonly title: string;
  readonly children: preact.ComponentChildren;
}) {
  return (
    <html lang={props.words.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>{props.title}</title>
        <link rel="stylesheet" href={SHARE_STYLESHEET_PATH} />
      </head>
      <body>
        <main class="share">{props.children}</main>
      </body>
    </html>
  );
}

const page = (vnode: preact.VNode) => `<!doctype html>${renderToString(vnode)}`;

export interface SharedReport {
  readonly words: ReportWords;
  /** The report's content (report-html.tsx). */
  readonly reportHtml: string;
  /** The last day the report shows, and how many days. */
  readonly to: string;
  readonly days: number;
  readonly expiresAt: string;
  /** Relative to the page: the PDF of the same report. */
  readonly pdfHref: string;
}

export function sharePage(shared: SharedReport): string {
  const { words } = shared;
  const { w, fill } = words;
  return page(
    <Document words={words} title={w.title}>
      <p class="share__about">
        {w.share.sharedBy}{' '}
        {fill(w.share.shows, { days: words.count(w.days, shared.days), date: words.date(shared.to) })}{' '}
        {fill(w.share.expires, { date: words.date(shared.expiresAt.slice(0, 10)) })}
      </p>
      <p>
        <a class="share__download" href={shared.pdfHref} download>
          {w.share.download}
        </a>
      </p>
      <div dangerouslySetInnerHTML={{ __html: shared.reportHtml }} />
    </Document>,
  );
}

/** A page of one heading and one sentence: the inactive link's, or the busy one's. */
function notice(words: ReportWords, title: string, body: string): string {
  return page(
    <Document words={words} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
    </Document>,
  );
}

export const inactivePage = (words: ReportWords) =>
  notice(words, words.w.share.inactiveTitle, words.w.share.inactiveBody);

export const busyPage = (words: ReportWords) => notice(words, words.w.share.busyTitle, words.w.share.busyBody);

/**
 * Calm and readable on a clinic's screen or a phone: a light page (dark when the device asks), text at a size that
 * needs no zoom, wide tables scrolling inside their box, the two charts side by side only where there is room.
 */
export const SHARE_STYLESHEET = `
:root{color-scheme:light dark;--ink:#1a1a1a;--muted:#555;--paper:#fbfaf7;--rule:#c9c9c9;--head:#eef1f4;--link:#1f4e79}
@media (prefers-color-scheme:dark){:root{--ink:#e6e4df;--muted:#b3b0a8;--paper:#1b1d20;--rule:#4a4d52;--head:#262a2f;--link:#9cc3e6}}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif}
.share{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.25;margin:1.5rem 0 .5rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem}
p{margin:.5rem 0;max-width:46rem}
.share__about{color:var(--muted)}
.share__download{display:inline-flex;align-items:center;min-height:48px;padding:.6rem 1.1rem;border:2px solid var(--link);border-radius:.5rem;color:var(--link);font-weight:600;text-decoration:none}
.share__download:focus-visible{outline:3px solid var(--link);outline-offset:3px}
.report__name,.report__period{font-size:1.1rem}
.report__name{font-weight:700}
.report__note{color:var(--muted);font-size:.95rem}
.report__table{overflow-x:auto;margin:.5rem 0 1rem}
.report__table:focus-visible{outline:3px solid var(--link);outline-offset:2px}
table{border-collapse:collapse;width:100%;min-width:20rem}
th,td{border:1px solid var(--rule);padding:.45rem .6rem;text-align:left;vertical-align:top}
thead th{background:var(--head)}
tbody th{font-weight:600}
.report__figures{display:grid;grid-template-columns:1fr;gap:1rem;margin:1rem 0}
@media (min-width:48rem){.report__figures{grid-template-columns:1fr 1fr}}
figure{margin:0}
figure svg{width:100%;height:auto;background:#fff;border:1px solid var(--rule);border-radius:.25rem}
figcaption{color:var(--muted);font-size:.95rem;margin-top:.35rem}
${CHART_STYLESHEET}
`;
