/**
 * Plain-English instructions for measuring a dose, used where no UI catalogue is at hand (the
 * calendar export and the CLI). The web app renders the same Realisation data through its own catalogue.
 */
import type { Realisation, TabletPiece } from './measuring.js';

const n = (value: number): string => String(Number(value.toFixed(3)));

function describePieces(pieces: readonly TabletPiece[], unit: string): string[] {
  return pieces.flatMap((p) => [
    ...(p.whole > 0 ? [`${p.whole} × ${n(p.strengthMg)} mg ${unit}${p.whole > 1 ? 's' : ''}`] : []),
    ...(p.halves > 0 ? [`${p.halves === 1 ? 'half' : `${p.halves} halves`} of a ${n(p.strengthMg)} mg ${unit} (split on its score line)`] : []),
  ]);
}

export function describeRealisation(realisation: Realisation, unit = 'tablet'): string {
  switch (realisation.method) {
    case 'none':
      return 'No dose.';
    case 'tablets':
      return `Take ${describePieces(realisation.pieces, unit).join(' and ')}.`;
    case 'water-titration': {
      const solid = describePieces(realisation.pieces, unit);
      const mix =
        `stir one ${n(realisation.suspendTabletMg)} mg ${unit} into ${n(realisation.mixVolumeMl)} mL of water, shake well, ` +
        `take ${n(realisation.takeMl)} mL and discard ${n(realisation.discardMl)} mL`;
      return solid.length > 0 ? `Take ${solid.join(' and ')}; then ${mix}.` : `${mix.charAt(0).toUpperCase()}${mix.slice(1)}.`;
    }
    case 'liquid':
      return `Measure ${n(realisation.takeMl)} mL of the ${n(realisation.concentrationMgPerMl)} mg/mL liquid.`;
    case 'drops':
      return `Take ${realisation.drops} drop${realisation.drops === 1 ? '' : 's'} (${n(realisation.mgPerDrop)} mg each).`;
  }
}

/** "gives 0.45 mg" or "gives 0.448 mg, 0.002 mg (0.4%) under the plan". */
export function describeAccuracy(realisation: Realisation): string {
  if (realisation.errorMg === 0) return `This gives exactly ${n(realisation.achievedMg)} mg.`;
  const direction = realisation.errorMg < 0 ? 'under' : 'over';
  return `This gives ${n(realisation.achievedMg)} mg, ${n(Math.abs(realisation.errorMg))} mg (${n(Math.abs(realisation.errorPercent))}%) ${direction} the plan.`;
}
