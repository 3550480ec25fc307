/** The charts render on the server (no DOM): each gives an SVG with a title, a description, paths and a table. */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/index.js';
import { AlignedChart } from './aligned-chart.js';
import { DoseChart } from './dose-chart.js';
import { LineChart } from './line-chart.js';

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
