/**
 * How a planned dose is actually measured with what the person has: whole and split tablets, a home
 * water mixture ("liquid titration"), a commercial liquid, or drops. All amounts are integer micrograms
 * so that sums are exact; volumes are rounded to the syringe's markings.
 *
 * Sources: clinical.md §4.1 (the titration method), §4.2 (suspension caution; rounding to the syringe is a
 * conservative design choice, not a sourced rule), §4.3 (strengths, drops).
 */
import type { Micrograms } from '../dose.js';
import type { DosageForm, TabletStrength } from '../medications/medication.js';
import { err, ok, type Result } from '../result.js';

/** A realised dose is flagged when it is further than this from the plan (issue #3; conservative choice). */
export const MAX_REALISATION_ERROR = 0.02;

/** Whether a signed error in percent is beyond MAX_REALISATION_ERROR (the rule behind `imprecise_measure`). */
export function isImprecise(errorPercent: number): boolean {
  return Math.abs(errorPercent) > MAX_REALISATION_ERROR * 100 + 1e-9;
}
/** Volumes for a home mixture, tried in this order; 100 mL is what peer guides describe. */
export const MIX_VOLUMES_ML = [100, 200, 250, 500] as const;

export interface TabletPiece {
  readonly strengthMg: number;
  readonly whole: number;
  readonly halves: number;
}

interface Measured {
  readonly achievedMg: number;
  readonly errorMg: number;
  /** Signed error relative to the planned dose, in percent (0 when the plan is 0). */
  readonly errorPercent: number;
}

export type Realisation =
  | ({ readonly method: 'none' } & Measured)
  | ({ readonly method: 'tablets'; readonly pieces: readonly TabletPiece[] } & Measured)
  | ({
      readonly method: 'water-titration';
      readonly pieces: readonly TabletPiece[];
      readonly suspendTabletMg: number;
      readonly mixVolumeMl: number;
      readonly concentrationMgPerMl: number;
      readonly takeMl: number;
      readonly discardMl: number;
    } & Measured)
  | ({ readonly method: 'liquid'; readonly concentrationMgPerMl: number; readonly takeMl: number } & Measured)
  | ({ readonly method: 'drops'; readonly mgPerDrop: number; readonly drops: number } & Measured);

const roundTo = (value: number, step: number): number => Number((Math.round(value / step) * step).toFixed(6));
const mg = (ug: Micrograms): number => ug / 1000;

function measured(plannedUg: Micrograms, achievedUg: number): Measured {
  const errorUg = achievedUg - plannedUg;
  return {
    achievedMg: Number(mg(achievedUg).toFixed(6)),
    errorMg: Number(mg(errorUg).toFixed(6)),
    errorPercent: plannedUg === 0 ? 0 : Number(((errorUg / plannedUg) * 100).toFixed(3)),
  };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

interface PieceKind {
  readonly strengthMg: number;
  readonly ug: number;
  readonly half: boolean;
}

function pieceKinds(strengths: readonly TabletStrength[]): PieceKind[] {
  const kinds: PieceKind[] = [];
  for (const s of strengths) {
    const ug = Math.round(s.mg * 1000);
    kinds.push({ strengthMg: s.mg, ug, half: false });
    if (s.pieces === 2) kinds.push({ strengthMg: s.mg, ug: ug / 2, half: true });
  }
  return kinds.filter((k) => Number.isInteger(k.ug) && k.ug > 0);
}

/**
 * Finds, for any amount, the fewest tablets and half-tablets that make it exactly (or the most that stays
 * at or below it). A coin-change table over the pieces' common unit, grown as larger amounts are asked for.
 */
export function createTabletCounter(strengths: readonly TabletStrength[]) {
  const kinds = pieceKinds(strengths);
  const unit = kinds.reduce((g, k) => gcd(g, k.ug), 0) || 1;
  const count: number[] = [0];
  const choice: number[] = [-1];

  function extendTo(units: number): void {
    for (let n = count.length; n <= units; n++) {
      let best = Infinity;
      let bestKind = -1;
      kinds.forEach((k, i) => {
        const before = k.ug / unit <= n ? count[n - k.ug / unit] : undefined;
        if (before === undefined) return;
        const current = kinds[bestKind];
        // Fewest pieces; at equal count prefer whole tablets (fewer cuts), then larger tablets.
        const better =
          before + 1 < best ||
          (before + 1 === best &&
            current !== undefined &&
            ((current.half && !k.half) || (current.half === k.half && k.ug > current.ug)));
        if (better) {
          best = before + 1;
          bestKind = i;
        }
      });
      count.push(best);
      choice.push(bestKind);
    }
  }

  function piecesFor(units: number): TabletPiece[] {
    const tally = new Map<number, { whole: number; halves: number }>();
    for (let n = units; n > 0;) {
      const kind = kinds[choice[n] ?? -1];
      if (!kind) break;
      const entry = tally.get(kind.strengthMg) ?? { whole: 0, halves: 0 };
      if (kind.half) entry.halves += 1;
      else entry.whole += 1;
      tally.set(kind.strengthMg, entry);
      n -= kind.ug / unit;
    }
    return [...tally.entries()]
      .sort(([a], [b]) => b - a)
      .map(([strengthMg, t]) => ({ strengthMg, whole: t.whole, halves: t.halves }));
  }

  return {
    /** The smallest amount at or above `targetUg` that whole and half tablets make. */
    atOrAbove(targetUg: Micrograms): Micrograms {
      const largest = Math.max(...kinds.map((k) => k.ug / unit));
      const from = Math.ceil(targetUg / unit);
      extendTo(from + largest);
      for (let n = from; n <= from + largest; n++) if (Number.isFinite(count[n])) return n * unit;
      return from * unit;
    },
    /** The common unit of all pieces, in micrograms: the finest step tablets can make. */
    unitUg: unit,
    /** The smallest single piece, in micrograms. */
    smallestPieceUg: Math.min(...kinds.map((k) => k.ug)),
    /** The largest amount at or below `targetUg` that whole and half tablets make, with its pieces. */
    atOrBelow(targetUg: Micrograms): { readonly ug: Micrograms; readonly pieces: TabletPiece[] } {
      const units = Math.floor(targetUg / unit);
      extendTo(units);
      for (let n = units; n >= 0; n--) {
        if (Number.isFinite(count[n])) return { ug: n * unit, pieces: piecesFor(n) };
      }
      return { ug: 0, pieces: [] };
    },
  };
}

export type TabletCounter = ReturnType<typeof createTabletCounter>;

export function realiseWithTablets(plannedUg: Micrograms, counter: TabletCounter): Realisation {
  if (plannedUg === 0) return { method: 'none', ...measured(0, 0) };
  const best = counter.atOrBelow(plannedUg);
  return { method: 'tablets', pieces: best.pieces, ...measured(plannedUg, best.ug) };
}

export interface TitrationInput {
  readonly tabletMg: number;
  readonly volumeMl: number;
  readonly doseMg: number;
  readonly syringeMl: number;
}

/** One tablet suspended in `volumeMl`: how much to take for `doseMg`, rounded to the syringe, never more than the mixture. */
function mixtureDose(input: TitrationInput) {
  const concentrationMgPerMl = input.tabletMg / input.volumeMl;
  const takeMl = Math.min(input.volumeMl, roundTo(input.doseMg / concentrationMgPerMl, input.syringeMl));
  const achievedMg = Number((takeMl * concentrationMgPerMl).toFixed(6));
  return {
    concentrationMgPerMl: Number(concentrationMgPerMl.toFixed(6)),
    takeMl,
    discardMl: Number((input.volumeMl - takeMl).toFixed(6)),
    achievedMg,
    errorMg: Number((achievedMg - input.doseMg).toFixed(6)),
  };
}

export type TitrationField = keyof TitrationInput;

/** Why a mixture cannot give the dose; `field` is the input to change. */
export type TitrationError =
  | { readonly code: 'not_positive'; readonly field: TitrationField }
  | { readonly code: 'more_than_mixture'; readonly field: 'doseMg'; readonly tabletMg: number }
  | {
      readonly code: 'below_smallest_mark';
      readonly field: 'doseMg';
      readonly neededMl: number;
      readonly syringeMl: number;
    };

/** The plan's warning codes a titration can carry; their words and sources are in each catalogue's plan warnings. */
export type TitrationWarningCode = 'home_mixture' | 'imprecise_measure';

export interface Titration {
  readonly concentrationMgPerMl: number;
  readonly takeMl: number;
  readonly discardMl: number;
  readonly achievedMg: number;
  readonly errorMg: number;
  /** Signed error relative to `doseMg`, in percent. */
  readonly errorPercent: number;
  readonly warnings: readonly TitrationWarningCode[];
}

const FIELDS: readonly TitrationField[] = ['tabletMg', 'volumeMl', 'doseMg', 'syringeMl'];

/**
 * One tablet suspended in `volumeMl`: how much to take for `doseMg`, rounded to the syringe, with the error
 * that rounding leaves. Refuses what cannot be measured rather than clamping it: more than the whole
 * mixture, or less than one syringe mark (clinical.md §4.1-4.2). Always a home mixture, so always `home_mixture`.
 */
export function titrate(input: TitrationInput): Result<Titration, TitrationError> {
  const bad = FIELDS.find((field) => !(Number.isFinite(input[field]) && input[field] > 0));
  if (bad !== undefined) return err({ code: 'not_positive', field: bad });
  if (input.doseMg > input.tabletMg)
    return err({ code: 'more_than_mixture', field: 'doseMg', tabletMg: input.tabletMg });
  const neededMl = (input.doseMg * input.volumeMl) / input.tabletMg;
  // A relative tolerance, so that a dose of exactly one mark (e.g. 0.1 mL) is not lost to floating point.
  if (neededMl < input.syringeMl * (1 - 1e-9)) {
    return err({
      code: 'below_smallest_mark',
      field: 'doseMg',
      neededMl: Number(neededMl.toFixed(6)),
      syringeMl: input.syringeMl,
    });
  }
  const mixture = mixtureDose(input);
  const exactMg = (mixture.takeMl * input.tabletMg) / input.volumeMl;
  const errorPercent = Number((((exactMg - input.doseMg) / input.doseMg) * 100).toFixed(3)) || 0;
  return ok({
    ...mixture,
    errorMg: mixture.errorMg || 0,
    errorPercent,
    warnings: isImprecise(errorPercent) ? ['home_mixture', 'imprecise_measure'] : ['home_mixture'],
  });
}

export interface TitrationPlanOptions {
  readonly syringeMl: number;
  /** Fixed mixing volume; otherwise the first of MIX_VOLUMES_ML that keeps the error within 2 %. */
  readonly mixVolumeMl?: number | undefined;
}

/**
 * Whole (and half) tablets for as much of the dose as they can make, and one more tablet suspended in
 * water for the rest, as the titration method describes (clinical.md §4.1).
 */
export function realiseWithTitration(
  plannedUg: Micrograms,
  counter: TabletCounter,
  suspendTabletMg: number,
  options: TitrationPlanOptions,
): Realisation {
  if (plannedUg === 0) return { method: 'none', ...measured(0, 0) };
  const solid = counter.atOrBelow(plannedUg);
  const remainderUg = plannedUg - solid.ug;
  if (remainderUg === 0) return { method: 'tablets', pieces: solid.pieces, ...measured(plannedUg, solid.ug) };

  const [firstVolume, ...otherVolumes]: readonly number[] =
    options.mixVolumeMl === undefined ? MIX_VOLUMES_ML : [options.mixVolumeMl];
  const firstMl = firstVolume ?? MIX_VOLUMES_ML[0];
  // The first volume within the limit, tried in order (most doses need only the first); else the closest.
  let chosen: ReturnType<typeof mixtureDose> & { readonly volumeMl: number } = {
    ...mixtureDose({
      tabletMg: suspendTabletMg,
      volumeMl: firstMl,
      doseMg: mg(remainderUg),
      syringeMl: options.syringeMl,
    }),
    volumeMl: firstMl,
  };
  for (const volumeMl of otherVolumes) {
    if (Math.abs(chosen.errorMg * 1000) <= MAX_REALISATION_ERROR * plannedUg) break;
    const attempt = {
      ...mixtureDose({ tabletMg: suspendTabletMg, volumeMl, doseMg: mg(remainderUg), syringeMl: options.syringeMl }),
      volumeMl,
    };
    if (
      Math.abs(attempt.errorMg) < Math.abs(chosen.errorMg) ||
      Math.abs(attempt.errorMg * 1000) <= MAX_REALISATION_ERROR * plannedUg
    )
      chosen = attempt;
  }
  return {
    method: 'water-titration',
    pieces: solid.pieces,
    suspendTabletMg,
    mixVolumeMl: chosen.volumeMl,
    concentrationMgPerMl: chosen.concentrationMgPerMl,
    takeMl: chosen.takeMl,
    discardMl: chosen.discardMl,
    ...measured(plannedUg, solid.ug + chosen.achievedMg * 1000),
  };
}

export function realiseWithLiquid(plannedUg: Micrograms, mgPerMl: number, syringeMl: number): Realisation {
  if (plannedUg === 0) return { method: 'none', ...measured(0, 0) };
  const takeMl = roundTo(mg(plannedUg) / mgPerMl, syringeMl);
  return {
    method: 'liquid',
    concentrationMgPerMl: mgPerMl,
    takeMl,
    ...measured(plannedUg, Math.round(takeMl * mgPerMl * 1000)),
  };
}

export function realiseWithDrops(plannedUg: Micrograms, mgPerDrop: number): Realisation {
  if (plannedUg === 0) return { method: 'none', ...measured(0, 0) };
  const drops = Math.round(mg(plannedUg) / mgPerDrop);
  return { method: 'drops', mgPerDrop, drops, ...measured(plannedUg, Math.round(drops * mgPerDrop * 1000)) };
}

export interface MeasuringOptions {
  readonly syringeMl: number;
  readonly mixVolumeMl?: number | undefined;
  /** The tablet strengths the person has, when they choose fewer than are marketed. */
  readonly strengthsMg?: readonly number[] | undefined;
}

/**
 * A measuring method for one medication and form: its finest step (plan doses are rounded to it), the
 * smallest amount it can measure (the default floor before the final stop), and how to realise a dose.
 * `solid` is the tablet form used for whole tablets and for a home mixture when the form is a liquid
 * the medication is not sold as.
 */
export interface Measure {
  /** The largest measurable amount at or below `ug`. */
  readonly floor: (ug: Micrograms) => Micrograms;
  /** The smallest measurable amount at or above `ug`. */
  readonly ceil: (ug: Micrograms) => Micrograms;
  readonly smallestUg: Micrograms;
  readonly homeMixture: boolean;
  readonly realise: (plannedUg: Micrograms) => Realisation;
}

function gridMeasure(stepUg: Micrograms, realise: (ug: Micrograms) => Realisation, homeMixture = false): Measure {
  return {
    floor: (ug) => Math.floor(ug / stepUg) * stepUg,
    ceil: (ug) => Math.ceil(ug / stepUg) * stepUg,
    smallestUg: stepUg,
    homeMixture,
    realise,
  };
}

function selectStrengths(all: readonly TabletStrength[], wanted: readonly number[] | undefined): TabletStrength[] {
  if (!wanted || wanted.length === 0) return [...all];
  return all.filter((s) => wanted.some((w) => Math.abs(w - s.mg) < 1e-9));
}

export function tabletMeasure(strengths: readonly TabletStrength[]): Measure {
  const counter = createTabletCounter(strengths);
  return {
    floor: (ug) => counter.atOrBelow(ug).ug,
    ceil: (ug) => counter.atOrAbove(ug),
    smallestUg: counter.smallestPieceUg,
    homeMixture: false,
    realise: (ug) => realiseWithTablets(ug, counter),
  };
}

export function titrationMeasure(strengths: readonly TabletStrength[], options: MeasuringOptions): Measure {
  const counter = createTabletCounter(strengths);
  const suspendTabletMg = Math.min(...strengths.map((s) => s.mg));
  const largestVolume = options.mixVolumeMl ?? Math.max(...MIX_VOLUMES_ML);
  // The finest amount one syringe marking holds; the smallest dose is the one that marking keeps within 2 %.
  const finestUg = ((suspendTabletMg * 1000) / largestVolume) * options.syringeMl;
  return {
    ...gridMeasure(1, (ug) => realiseWithTitration(ug, counter, suspendTabletMg, options), true),
    smallestUg: Math.max(1, Math.ceil(finestUg / 2 / MAX_REALISATION_ERROR)),
  };
}

/** The measure for a form the medication is sold as, or undefined when none of the chosen strengths exists. */
export function measureFor(form: DosageForm, options: MeasuringOptions): Measure | undefined {
  switch (form.kind) {
    case 'tablet':
    case 'odt':
    case 'capsule': {
      const strengths = selectStrengths(form.strengths, options.strengthsMg);
      return strengths.length === 0 ? undefined : tabletMeasure(strengths);
    }
    case 'liquid': {
      const stepUg = Math.max(1, Math.round(form.mgPerMl * options.syringeMl * 1000));
      return gridMeasure(stepUg, (ug) => realiseWithLiquid(ug, form.mgPerMl, options.syringeMl));
    }
    case 'drops': {
      return gridMeasure(Math.round(form.mgPerDrop * 1000), (ug) => realiseWithDrops(ug, form.mgPerDrop));
    }
  }
}

/** A home water mixture made from the medication's crushable tablets (tablets or ODTs, never capsules). */
export function homeMixtureFrom(solid: DosageForm | undefined, options: MeasuringOptions): Measure | undefined {
  if (!solid || (solid.kind !== 'tablet' && solid.kind !== 'odt')) return undefined;
  const strengths = selectStrengths(solid.strengths, options.strengthsMg);
  return strengths.length === 0 ? undefined : titrationMeasure(strengths, options);
}
