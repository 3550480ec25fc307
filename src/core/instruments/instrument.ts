import type { EvidenceStatus } from '../medications/medication.js';
import type { SourceId } from '../symptoms/symptom.js';

/**
 * A questionnaire as data: its items, answer scale, scoring and bands. Shared code reads these
 * properties only; adding a questionnaire is adding a file and listing it in the registry.
 */
export interface AnswerOption {
  readonly value: number;
  readonly label: string;
}

export interface InstrumentItem {
  readonly id: string;
  /** The question in our own words, faithful to the published item's meaning. */
  readonly text: string;
  /** Who the item was designed to be rated by. Observer items rated by the person themselves are not validated. */
  readonly rater: 'self' | 'observer';
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
  readonly text: string;
  readonly unit: 'hours' | 'minutes';
  readonly max: number;
}

export interface Band {
  readonly min: number;
  readonly max: number;
  readonly id: string;
  readonly label: string;
  /**
   * Results in this band say to contact a clinician today. Only where the published band itself is severe
   * (CIWA-B 41-60 and 61-80, clinical.md §5.1); it is advice to talk to someone, never a dose decision.
   */
  readonly contactClinician?: boolean;
}

export interface Instrument {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly intro: string;
  readonly timeFrame: TimeFrame;
  readonly citation: string;
  /** Where the item list and scoring come from (docs/SOURCES.md). */
  readonly sources: readonly SourceId[];
  /** How sure we are of the item list and scoring (clinical.md status). */
  readonly evidence: EvidenceStatus;
  /** Shown before the first question: plain words on how sure we are, and whether a cut-off exists. */
  readonly evidenceNote: string;
  readonly items: readonly InstrumentItem[];
  readonly unscored: readonly UnscoredQuestion[];
  /** Score bands, or null when no validated cut-off exists (then only the raw total is shown). */
  readonly bands: readonly Band[] | null;
}

/** Every instrument is for monitoring only: the app never turns a score into a dose decision. */
export const MONITORING_ONLY =
  'This questionnaire helps you and your prescriber see how withdrawal symptoms change over time. It does not decide anything about your dose.';
