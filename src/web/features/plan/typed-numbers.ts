/** Numbers as the person types them: read with a dot or a comma, checked as doses, and moved by −/+ buttons. */
import { MAX_DOSE_MG } from '../../../core/index.js';

/** Reads a number typed with a dot or a comma. undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || trimmed === '.' || !/^\d*\.?\d*$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The −/+ buttons: move by `step`, kept within min-max; an empty field starts from `start`. */
export function stepNumber(
  text: string,
  direction: 1 | -1,
  options: { step: number; min: number; max: number; start: number },
): string {
  const current = parseNumber(text);
  const next = current === undefined ? options.start : current + direction * options.step;
  const clamped = Math.min(options.max, Math.max(options.min, next));
  return String(Number(clamped.toFixed(3)));
}

/** True when `mg` is in whole micrograms, as the API stores doses. */
export const inMicrograms = (mg: number): boolean =>
  Number.isInteger(Math.round(mg * 1000)) && Math.abs(mg * 1000 - Math.round(mg * 1000)) < 1e-6;

/** A dose typed as text: more than 0, at most the API's largest, in whole micrograms; else undefined. */
export function positiveDose(text: string): number | undefined {
  const value = parseNumber(text);
  return value !== undefined && value > 0 && value <= MAX_DOSE_MG && inMicrograms(value) ? value : undefined;
}

/** A whole number typed as text; else undefined. */
export function wholeNumber(text: string): number | undefined {
  const value = parseNumber(text);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}
