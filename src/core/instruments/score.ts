import { domainError, type DomainError } from '../errors.js';
import { err, ok, type Result } from '../result.js';
import type { Band, Instrument } from './instrument.js';

export interface Score {
  readonly score: number;
  readonly maxScore: number;
  /** The band's id, or null when the instrument has no validated bands. */
  readonly band: string | null;
  /** The band says to contact a clinician today (CIWA-B severe and very severe); never a dose decision. */
  readonly contactClinician: boolean;
}

/** Scoring reads only the items and bands, so a definition received from the API scores the same way. */
type Scorable = Pick<Instrument, 'items' | 'bands'>;

export function maxScore(instrument: Pick<Instrument, 'items'>): number {
  return instrument.items.reduce((sum, item) => sum + Math.max(...item.options.map((o) => o.value)), 0);
}

function bandOf(bands: readonly Band[] | null, score: number): Band | undefined {
  return bands?.find((b) => score >= b.min && score <= b.max);
}

/**
 * Sums the answers (one per scored item, in item order) and finds the band. Wrong counts and values
 * that are not one of the item's options are errors naming the field (`answers`, `answers.3`).
 */
export function scoreInstrument(instrument: Scorable, answers: readonly number[]): Result<Score, DomainError> {
  if (answers.length !== instrument.items.length) return err(domainError('invalid_input', 'answers'));
  let score = 0;
  for (const [i, item] of instrument.items.entries()) {
    const answer = answers[i];
    if (answer === undefined || !item.options.some((o) => o.value === answer))
      return err(domainError('invalid_input', `answers.${i}`));
    score += answer;
  }
  const band = bandOf(instrument.bands, score);
  return ok({
    score,
    maxScore: maxScore(instrument),
    band: band?.id ?? null,
    contactClinician: band?.contactClinician ?? false,
  });
}
