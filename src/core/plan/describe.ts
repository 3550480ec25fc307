/**
 * Plain-English instructions for measuring a dose, used where no UI catalogue is at hand (the
 * calendar export and the CLI). The web app renders the same Realisation data through its own catalogue.
 */
import { isImprecise, MAX_REALISATION_ERROR, type Realisation, type TabletPiece } from './measuring.js';
import { mixtureSteps, toolForVolume, type MeasuringTool } from './measuring-tool.js';

const n = (value: number): string => String(Number(value.toFixed(3)));
/** Amounts to the microgram and below, so that a small error never reads as "0 mg". */
const amount = (mg: number): string => String(Number(mg.toFixed(6)));

function describePieces(pieces: readonly TabletPiece[], unit: string): string[] {
  return pieces.flatMap((p) => [
    ...(p.whole > 0 ? [`${p.whole} × ${n(p.strengthMg)} mg ${unit}${p.whole > 1 ? 's' : ''}`] : []),
    ...(p.halves > 0
      ? [
          `${p.halves === 1 ? 'half' : `${p.halves} halves`} of a ${n(p.strengthMg)} mg ${unit} (split on its score line)`,
        ]
      : []),
  ]);
}

function describeTool(tool: MeasuringTool): string {
  return tool.tool === 'oral_syringe'
    ? `a ${n(tool.capacityMl)} mL oral syringe`
    : `a ${n(tool.capacityMl)} mL measuring cylinder`;
}

/** "draw up 0.6 mL with a 1 mL oral syringe", "measure 45 mL in a 50 mL measuring cylinder". */
function measureWith(ml: number, tool: MeasuringTool, what = ''): string {
  return tool.tool === 'oral_syringe'
    ? `draw up ${n(ml)} mL${what} with ${describeTool(tool)}`
    : `measure ${n(ml)} mL${what} in ${describeTool(tool)}`;
}

export function describeRealisation(realisation: Realisation, unit = 'tablet'): string {
  switch (realisation.method) {
    case 'none':
      return 'No dose.';
    case 'tablets':
      return `Take ${describePieces(realisation.pieces, unit).join(' and ')}.`;
    case 'water-titration': {
      const solid = describePieces(realisation.pieces, unit);
      const steps = mixtureSteps(realisation);
      const draw =
        steps.draw.action === 'take'
          ? `${measureWith(steps.draw.ml, steps.draw.tool)} and take it; discard the rest (${n(steps.discardMl)} mL)`
          : `${measureWith(steps.draw.ml, steps.draw.tool)} and discard it; take all the rest (${n(steps.takeMl)} mL)`;
      const mix =
        `stir one ${n(steps.tabletMg)} mg ${unit} into ${n(steps.waterMl)} mL of water (measured with ${describeTool(steps.waterTool)}), ` +
        `shake well, ${draw}`;
      return solid.length > 0
        ? `Take ${solid.join(' and ')}; then ${mix}.`
        : `${mix.charAt(0).toUpperCase()}${mix.slice(1)}.`;
    }
    case 'liquid': {
      const liquid = ` of the ${n(realisation.concentrationMgPerMl)} mg/mL liquid`;
      const measure = measureWith(realisation.takeMl, toolForVolume(realisation.takeMl), liquid);
      return `${measure.charAt(0).toUpperCase()}${measure.slice(1)}.`;
    }
    case 'drops':
      return `Take ${realisation.drops} drop${realisation.drops === 1 ? '' : 's'} (${n(realisation.mgPerDrop)} mg each).`;
  }
}

type Accuracy = Pick<Realisation, 'achievedMg' | 'errorMg' | 'errorPercent'>;

/** "0 mg (0%), exact", or "0.002 mg (0.4%) under the plan", adding "more than 2% off" when the error is beyond the measuring rule. */
export function describeMeasureError(accuracy: Omit<Accuracy, 'achievedMg'>, target = 'the plan'): string {
  if (accuracy.errorMg === 0) return '0 mg (0%), exact';
  const direction = accuracy.errorMg < 0 ? 'under' : 'over';
  const beyond = isImprecise(accuracy.errorPercent) ? `, more than ${n(MAX_REALISATION_ERROR * 100)}% off` : '';
  return `${amount(Math.abs(accuracy.errorMg))} mg (${n(Math.abs(accuracy.errorPercent))}%) ${direction} ${target}${beyond}`;
}

/** "This gives exactly 0.45 mg." or "This gives 0.448 mg, 0.002 mg (0.4%) under the plan." */
export function describeAccuracy(realisation: Accuracy): string {
  if (realisation.errorMg === 0) return `This gives exactly ${amount(realisation.achievedMg)} mg.`;
  return `This gives ${amount(realisation.achievedMg)} mg, ${describeMeasureError(realisation)}.`;
}
