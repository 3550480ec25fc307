import type { EvidenceStatus } from '../medications/medication.js';
import type { SourceId } from '../symptoms/symptom.js';

/**
 * A questionnaire as data: its items, answer scale, scoring and bands, each named by an id. The words a person
 * reads (the questions, the answers, the band names) are the web's, in its catalogues, found by these ids; the core
 * holds no sentences. Shared code reads these properties only; adding a questionnaire is adding a file, listing it
 * in the registry and giving its ids words in the web's questionnaire catalogue.
 */
export interface AnswerOption {
  readonly value: number;
}

/** The answer scales, by what they ask: how much, how restful, enough or not, as observed, present or not. */
export const ANSWER_SCALES = ['amount', 'restful', 'enough', 'observed', 'presence'] as const;
export type AnswerScale = (typeof ANSWER_SCALES)[number];

export interface InstrumentItem {
  /** The question's id; its words (our own, faithful to the published item's meaning) are the web's. */
  readonly id: string;
  /** Who the item was designed to be rated by. Observer items rated by the person themselves are not validated. */
  readonly rater: 'self' | 'observer';
  /** Which scale the answers are on: the options' words are the scale's, per value. */
  readonly scale: AnswerScale;
  readonly options: readonly AnswerOption[];
  /**
   * The red flag (a kind in red-flags.ts) that any answer above the lowest may be: the screen points to urgent help
   * at once, before the questionnaire is saved. Only where the item asks about a red flag itself.
   */
  readonly redFlag?: string | undefined;
}

/** The period the questions ask about, stated once above them ("today", "the past few days"). */
export type TimeFrame = 'today' | 'past-few-days';

/** Recorded with an assessment but never scored (e.g. CIWA-B's two sleep questions). */
export interface UnscoredQuestion {
  readonly id: string;
  readonly unit: 'hours' | 'minutes';
  readonly max: number;
}

export interface Band {
  readonly min: number;
  readonly max: number;
  readonly id: string;
  /**
   * Results in this band say to contact a clinician today. Only where the published band itself is severe
   * (CIWA-B 41-60 and 61-80, clinical.md §5.1); it is advice to talk to someone, never a dose decision.
   */
  readonly contactClinician?: boolean;
}

export interface Instrument {
  readonly id: string;
  /** The published abbreviation ("CIWA-B"), the same in every language. */
  readonly shortName: string;
  readonly timeFrame: TimeFrame;
  readonly citation: string;
  /** Where the item list and scoring come from (docs/SOURCES.md). */
  readonly sources: readonly SourceId[];
  /** How sure we are of the item list and scoring (clinical.md status). */
  readonly evidence: EvidenceStatus;
  readonly items: readonly InstrumentItem[];
  readonly unscored: readonly UnscoredQuestion[];
  /** Score bands, or null when no validated cut-off exists (then only the raw total is shown). */
  readonly bands: readonly Band[] | null;
}
