/**
 * What a prep card names besides the dose: each medicine's strength and form, and the tools to measure it with.
 * Pure; the tools come from the core (toolForVolume, mixtureSteps), the words from this feature's messages.
 */
import type { PlanView } from '../../../api/plan-schemas.js';
import { mixtureSteps, toolForVolume, type MeasuringTool } from '../../../core/index.js';
import type { PlanWords } from './plan-words.js';

type Dose = PlanView['steps'][number]['doses'][number];
type Realisation = Dose['realisation'];

/** The realisations a dose is measured by: each time of day (or the day's one). */
const realisations = (dose: Dose): Realisation[] =>
  dose.times.length > 0 ? dose.times.map((t) => t.realisation) : [dose.realisation];

function toolsOf(r: Realisation): MeasuringTool[] {
  if (r.method === 'liquid') return [toolForVolume(r.takeMl ?? 0)];
  if (r.method !== 'water-titration' || (r.takeMl ?? 0) === 0) return [];
  const steps = mixtureSteps({
    suspendTabletMg: r.suspendTabletMg ?? 0,
    mixVolumeMl: r.mixVolumeMl ?? 0,
    takeMl: r.takeMl ?? 0,
    discardMl: r.discardMl ?? 0,
  });
  return [steps.draw.tool, steps.waterTool];
}

/** Every tool a dose needs, named once each, syringes first. */
export function doseTools(w: PlanWords, dose: Dose): string[] {
  const tools = realisations(dose).flatMap(toolsOf);
  tools.sort((a, b) => (a.tool === b.tool ? a.capacityMl - b.capacityMl : a.tool === 'oral_syringe' ? -1 : 1));
  return [...new Set(tools.map(w.toolText))];
}

/** "0.5 mg tablets", "home water mixture", "1 mg/mL liquid", "drops, 0.1 mg each": what the person measures from. */
export function doseDetails(w: PlanWords, dose: Dose): string[] {
  const all = realisations(dose);
  const strengths = new Set<number>();
  const details: string[] = [];
  for (const r of all) {
    for (const piece of r.pieces ?? []) strengths.add(piece.strengthMg);
    if (r.method === 'water-titration' && (r.takeMl ?? 0) > 0) strengths.add(r.suspendTabletMg ?? 0);
  }
  if (strengths.size > 0) details.push(w.card.strengths([...strengths].sort((a, b) => a - b)));
  if (all.some((r) => r.method === 'water-titration' && (r.takeMl ?? 0) > 0)) details.push(w.card.homeMixture);
  const liquid = all.find((r) => r.method === 'liquid');
  if (liquid) details.push(w.card.concentration(liquid.concentrationMgPerMl ?? 0));
  const drops = all.find((r) => r.method === 'drops');
  if (drops) details.push(w.card.dropStrength(drops.mgPerDrop ?? 0));
  return details;
}
