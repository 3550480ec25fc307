import type { ComponentChildren } from 'preact';

/** The same numbers as the picture, for screen readers and for anyone who prefers reading to looking. */
export interface ChartTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Words a chart needs from its caller (charts hold no sentence and no i18n hook, so the server can render them). */
export interface ChartWords {
  readonly title: string;
  readonly desc: string;
  /** The disclosure's label: "Show as table". */
  readonly showTable: string;
}

interface FrameProps {
  readonly id: string;
  readonly words: ChartWords;
  readonly table: ChartTable;
  readonly size: { readonly width: number; readonly height: number };
  readonly children: ComponentChildren;
}

/**
 * A chart's frame: an SVG named by its <title> and <desc> (role="img"), drawn to the width it is given (viewBox),
 * and the same data as a table behind a native "Show as table" disclosure. No browser globals, no hooks, so it
 * renders on the server (preact-render-to-string) for the doctor report as well as in the app.
 */
export function ChartFrame({ id, words, table, size, children }: FrameProps) {
  return (
    <figure class="chart" data-testid={id}>
      <svg
        class="chart__svg"
        role="img"
        viewBox={`0 0 ${size.width} ${size.height}`}
        preserveAspectRatio="xMidYMid meet"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{words.title}</title>
        <desc id={`${id}-desc`}>{words.desc}</desc>
        {children}
      </svg>
      <details class="chart__details">
        <summary class="chart__summary">{words.showTable}</summary>
        {/* Scrolls when long or wide: focusable and named, so a keyboard can scroll it. */}
        <div class="chart__table-wrap" tabIndex={0} role="region" aria-label={table.caption}>
          <table class="chart__table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>{row.map((cell, j) => (j === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
