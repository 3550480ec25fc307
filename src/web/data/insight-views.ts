/**
 * The insights API's answers as the web reads them. Placeholder until src/api/insight-schemas.ts (branch
 * insights-api) lands: then these become `import type` of the schemas' inferred types, and this file goes.
 */
import type { AlignedPoint } from '../charts/aligned-chart.js';
import type { DayMark, EpisodeMark } from '../charts/marks.js';
import type { Phase, SmallWin, TypicalCode } from '../../core/index.js';

export interface PhaseView {
  readonly phase: Phase;
  readonly day: number | null;
  readonly change: { readonly date: string; readonly fromMg: number; readonly toMg: number } | null;
  readonly typical: { readonly code: TypicalCode; readonly sources: readonly string[] };
}

export interface TrendDay {
  readonly date: string;
  readonly burden: number | null;
  readonly mean: number | null;
  readonly plannedMg: number | null;
  readonly takenMg: number | null;
}

export interface TrendsView {
  readonly from: string;
  readonly to: string;
  readonly days: readonly TrendDay[];
  readonly marks: readonly DayMark[];
  readonly episodes: readonly EpisodeMark[];
  readonly wins: readonly (SmallWin & { readonly symptomName?: string })[];
}

export interface CutsView {
  readonly cuts: readonly {
    readonly date: string;
    readonly fromMg: number;
    readonly toMg: number;
    readonly baseline: number | null;
    readonly peakDay: number | null;
    readonly peak: number | null;
    readonly settledDay: number | null;
  }[];
  readonly summary: { readonly peakDay: number; readonly settledDay: number | null; readonly cutsUsed: number } | null;
  readonly aligned: readonly AlignedPoint[];
}
