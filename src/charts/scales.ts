/** Shared geometry of the time charts: day offsets on x (calendar dates, no time zones), a linear y. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { daysBetween, type CalendarDate } from '../core/index.js';

/**
 * A phone-sized viewBox: labels are 15 units, so they stay at 14 px or more on a 360 px screen; on a wide screen
 * the CSS caps the chart's width so they do not grow large.
 */
export const WIDTH = 360;
export const HEIGHT = 220;
/** Room for the axis labels ("1.875 mg" at the left, a date below). */
export const MARGIN = { top: 14, right: 8, bottom: 34, left: 62 } as const;

export interface TimeAxis {
  readonly from: CalendarDate;
  readonly x: (date: CalendarDate) => number;
  readonly ticks: readonly CalendarDate[];
}

/**
 * x for the days from..to, with its first and last day as the date ticks: the plot is 290 units wide and a date
 * ("13 Sept 2026") takes about 90 at 15 units, so two labels at the ends never run into each other, at any span.
 */
export function timeAxis(range: { readonly from: CalendarDate; readonly to: CalendarDate }): TimeAxis {
  const span = Math.max(1, daysBetween(range.from, range.to));
  const scale = scaleLinear()
    .domain([0, span])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const ticks = range.to > range.from ? [range.from, range.to] : [range.from];
  return { from: range.from, x: (date) => scale(daysBetween(range.from, date)), ticks };
}

/** y from 0..max to the plot's height (up is more). */
export function valueAxis(max: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice(4);
}
