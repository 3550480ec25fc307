/** The charts render on the server (no DOM): each gives an SVG with a title, a description, paths and a table. */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { addDays } from '../core/index.js';
import { AlignedChart } from './aligned-chart.js';
import { DoseChart } from './dose-chart.js';
import { LineChart } from './line-chart.js';
import { ScoreChart } from './score-chart.js';
import { MARGIN, timeAxis, WIDTH } from './scales.js';

const FROM = '2026-01-01';
const frame = { title: 'Chart title', desc: 'What it shows', showTable: 'Show as table' };
const markNames = { 'red-flag': 'Red flag', cut: 'Cut', hold: 'Hold', window: 'Better days', wave: 'Harder days' };
const date = (d: string) => `D${d}`;
const value = (n: number) => n.toFixed(0);

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('LineChart', () => {
  const points = Array.from({ length: 10 }, (_, i) => ({
    date: addDays(FROM, i),
    value: i === 4 ? null : i * 5,
    mean: i < 6 ? null : 20 + i,
  }));
  const html = renderToString(
    h(LineChart, {
      id: 'burden',
      words: {
        ...frame,
        caption: 'Burden by day',
        date: 'Date',
        value: 'Burden',
        mean: '7-day mean',
        marks: 'Marks',
        markNames,
      },
      range: { from: FROM, to: addDays(FROM, 9) },
      points,
      max: 100,
      marks: {
        days: [{ kind: 'red-flag', date: addDays(FROM, 2) }],
        episodes: [{ kind: 'wave', from: addDays(FROM, 7), to: addDays(FROM, 8) }],
      },
      format: { date, value },
    }),
  );

  it('is an image named by its title and description, drawn to a viewBox', () => {
    expect(html).toContain('role="img"');
    expect(html).toContain('<title id="burden-title">Chart title</title>');
    expect(html).toContain('<desc id="burden-desc">What it shows</desc>');
    expect(html).toContain('viewBox="0 0 360 220"');
  });

  it('draws the mean as a line, a dot per known day, the red flag and the wave', () => {
    expect(html).toMatch(/<path class="chart__line" d="M[\d.,L]+"/);
    expect(count(html, /<circle /g)).toBe(9);
    expect(html).toContain('chart__mark--red-flag');
    expect(html).toContain('chart__episode--wave');
  });

  it('gives the same days as table rows, with a dash for a day without a value and its marks', () => {
    expect(count(html, /<tr>/g)).toBe(11);
    expect(html).toContain('<th scope="row">D2026-01-05</th><td>–</td>');
    expect(html).toContain('<th scope="row">D2026-01-03</th><td>10</td><td>–</td><td>Red flag</td>');
    expect(html).toContain('<td>28</td><td>Harder days</td>');
    expect(html).toContain('<summary class="chart__summary">Show as table</summary>');
  });
});

describe('DoseChart', () => {
  const days = Array.from({ length: 6 }, (_, i) => ({
    date: addDays(FROM, i),
    plannedMg: i < 3 ? 1 : 0.75,
    takenMg: i === 1 ? null : i < 3 ? 1 : 0.75,
  }));
  const html = renderToString(
    h(DoseChart, {
      id: 'dose',
      words: {
        ...frame,
        caption: 'Dose by day',
        date: 'Date',
        planned: 'Planned',
        taken: 'Taken',
        marks: 'Marks',
        markNames,
      },
      range: { from: FROM, to: addDays(FROM, 5) },
      days,
      marks: [{ kind: 'cut', date: addDays(FROM, 3) }],
      format: { date, mg: (n: number) => `${n} mg` },
    }),
  );

  it('draws planned and taken doses as step lines and marks the cut', () => {
    expect(html).toMatch(/chart__line--planned" d="M[\d.,LHV]+"/);
    expect(html).toMatch(/chart__line--taken" d="M[\d.,LZM]+"/);
    expect(html).toContain('chart__mark--cut');
    expect(html).toContain('<title id="dose-title">');
  });

  it('lists each day with planned and taken dose', () => {
    expect(count(html, /<tr>/g)).toBe(7);
    expect(html).toContain('<th scope="row">D2026-01-02</th><td>1 mg</td><td>–</td>');
    expect(html).toContain('<th scope="row">D2026-01-04</th><td>0.75 mg</td><td>0.75 mg</td><td>Cut</td>');
  });
});

describe('AlignedChart', () => {
  const days = Array.from({ length: 29 }, (_, day) => ({
    day,
    median: day > 20 ? null : 30 + day,
    q1: day > 20 ? null : 20 + day,
    q3: day > 20 ? null : 40 + day,
    n: day > 20 ? 0 : 4,
  }));
  const html = renderToString(
    h(AlignedChart, {
      id: 'aligned',
      words: { ...frame, caption: 'After a cut', day: 'Day', median: 'Median', range: 'Middle half', cuts: 'Cuts' },
      days,
      format: { day: (d: number) => `day ${d}`, value },
    }),
  );

  it('draws the median line and the interquartile band', () => {
    expect(html).toMatch(/<path class="chart__band" d="M[\d.,LZ]+"/);
    expect(html).toMatch(/<path class="chart__line" d="M[\d.,L]+"/);
    expect(html).toContain('<desc id="aligned-desc">What it shows</desc>');
  });

  it('has a row for each of days 0 to 28', () => {
    expect(count(html, /<tr>/g)).toBe(30);
    expect(html).toContain('<th scope="row">day 6</th><td>36</td><td>26–46</td><td>4</td>');
    expect(html).toContain('<th scope="row">day 28</th><td>–</td><td>–</td><td>0</td>');
  });
});

describe('LineChart of means alone', () => {
  const html = renderToString(
    h(LineChart, {
      id: 'series',
      words: {
        ...frame,
        caption: 'Tinnitus',
        date: 'Date',
        value: 'Burden',
        mean: '7-day mean',
        marks: 'Marks',
        markNames,
      },
      range: { from: FROM, to: addDays(FROM, 3) },
      points: [0, 1, 2, 3].map((i) => ({ date: addDays(FROM, i), value: null, mean: i === 0 ? null : 10 * i })),
      max: 100,
      format: { date, value },
    }),
  );

  it('draws the line without dots and leaves the empty column of daily values out of the table', () => {
    expect(html).toMatch(/<path class="chart__line" d="M[\d.,L]+"/);
    expect(count(html, /<circle /g)).toBe(0);
    expect(html).toContain('<th scope="col">Date</th><th scope="col">7-day mean</th><th scope="col">Marks</th>');
    expect(html).toContain('<th scope="row">D2026-01-03</th><td>20</td><td></td>');
  });
});

describe('ScoreChart', () => {
  const html = renderToString(
    h(ScoreChart, {
      id: 'ciwa',
      words: { ...frame, caption: 'CIWA-B scores', date: 'Date', score: 'Score', band: 'Band' },
      range: { from: FROM, to: addDays(FROM, 30) },
      scores: {
        points: [
          { date: addDays(FROM, 2), score: 12, band: 'mild' },
          { date: addDays(FROM, 20), score: 25, band: 'moderate' },
        ],
        max: 80,
        bands: [
          { id: 'none', min: 0, max: 0, label: 'No signs' },
          { id: 'mild', min: 1, max: 20, label: 'Mild' },
          { id: 'moderate', min: 21, max: 40, label: 'Moderate' },
        ],
      },
      format: { date, value },
    }),
  );

  it('draws a dot per result joined by a line over the bands, labelled where they have room', () => {
    expect(count(html, /<circle /g)).toBe(2);
    expect(html).toMatch(/chart__line chart__line--thin" d="M[\d.,L]+"/);
    expect(count(html, /class="chart__score-band/g)).toBe(3);
    expect(html).toContain('>Mild</text>');
    expect(html).not.toContain('>No signs</text>');
  });

  it('lists each result with its band', () => {
    expect(count(html, /<tr>/g)).toBe(3);
    expect(html).toContain('<th scope="row">D2026-01-21</th><td>25</td><td>Moderate</td>');
  });
});

describe('the time axis', () => {
  it('labels its first and last day only, at the two ends, whatever the span', () => {
    for (const days of [1, 30, 89, 365]) {
      const axis = timeAxis({ from: FROM, to: addDays(FROM, days) });
      expect(axis.ticks).toEqual([FROM, addDays(FROM, days)]);
      expect(axis.x(FROM)).toBe(MARGIN.left);
      expect(axis.x(addDays(FROM, days))).toBe(WIDTH - MARGIN.right);
    }
    expect(timeAxis({ from: FROM, to: FROM }).ticks).toEqual([FROM]);
  });
});
