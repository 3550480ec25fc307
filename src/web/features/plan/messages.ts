/**
 * The plan feature's own words: the planner's warning codes as sentences (the core answers with codes only; the
 * refusals are in refusal-words.ts), how to measure each dose with which tool, and the saved-plan screen. The
 * planner's form words are in plan-words.ts until they move to the catalogues.
 */
import type { PlanView } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import type { MeasuringTool, WarningCode } from '../../../core/index.js';
import { isImprecise, MAX_REALISATION_ERROR } from '../../../core/index.js';
import { mixtureSteps, toolForVolume } from '../../../core/index.js';

type Realisation = PlanView['steps'][number]['doses'][number]['realisation'];

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
const VOLUME = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
/** An error to three significant figures, so that a small one never reads as "0 mg". */
const ERROR_MG = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });
const DAY_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

const mg = (value: number): string => `${NUMBER.format(value)} mg`;
const ml = (value: number): string => `${VOLUME.format(value)} mL`;

function dayDate(date: CalendarDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return DAY_DATE.format(new Date(y, m - 1, d, 12));
}

function listText(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

export interface WarningWords {
  readonly message: string;
  readonly source: string;
}

/** Each guardrail warning in plain words, with the public title of its source. */
export const WARNING_WORDS: Readonly<Record<WarningCode, WarningWords>> = {
  too_fast: {
    message:
      'Some cuts add up to more than 25% of the dose within two weeks, faster than guidelines advise. You said you and your prescriber chose this pace.',
    source: 'Joint Clinical Practice Guideline on benzodiazepine tapering (JCPG 2025), recommendation 6',
  },
  faster_pace_chosen: {
    message:
      'You said you and your prescriber chose a faster pace than the guideline of no more than 25% of the dose in two weeks. Even so, the app never plans more than half the dose in two weeks. Slowing down or pausing is always possible.',
    source: 'JCPG 2025, recommendation 6, and its patient guide',
  },
  short_interval: {
    message: 'Some cuts come less than 7 days apart. Withdrawal symptoms can take up to a week to show after a cut.',
    source: 'JCPG 2025 patient guide; NICE Clinical Knowledge Summary on benzodiazepine withdrawal',
  },
  percent_creep: {
    message:
      'A fixed cut grows as a share of a falling dose. Some cuts in this plan are more than 10% of the dose at that point. A proportional plan keeps each cut the same share.',
    source:
      'Maudsley Deprescribing Guidelines (2024) on proportional tapering; the 10% threshold is this app’s conservative choice',
  },
  increase: {
    message:
      'This plan raises the dose at some step. A temporary return to a previous dose is something to agree with your prescriber.',
    source: 'JCPG 2025 patient guide',
  },
  equivalence_lower_table: {
    message:
      'The diazepam amount chosen for the switch is lower than the highest published equivalent. By that table, the switch itself is a reduction. Agree the switch with your prescriber.',
    source: 'Ashton equivalence table (2007) and VA/DoD 2021, as tabulated in JCPG 2025 Table 7',
  },
  specialist_first: {
    message:
      'This medicine is also used to prevent seizures. If you take it for epilepsy, a specialist must plan any reduction with you before you start.',
    source: 'NHS Scotland, Benzodiazepines and z-drugs: switching to diazepam (table note)',
  },
  imprecise_measure: {
    message:
      'For some steps the amount you can measure is more than 2% away from the planned dose. A larger mixing volume or a finer syringe helps.',
    source: 'This app’s measuring rule (a conservative design choice, not a published one)',
  },
  home_mixture: {
    message:
      'A tablet stirred into water is a suspension, not a solution: shake or stir well right before every measure, make it fresh each day, and use the same liquid each time. It is not a pharmaceutical product; check the method with your pharmacist.',
    source:
      'Peer-support descriptions of liquid titration (BenzoBuddies); the cautions are conservative advice, not from an official source',
  },
  unconfirmed_strengths: {
    message:
      'The tablet strengths listed for this medicine are not yet checked against a label. Use the strengths printed on your own pack.',
    source: 'Not found in the labels this app checked (openFDA, Roche)',
  },
  final_step: {
    message:
      'The last step stops from a small dose: no more than the equivalent of 1 mg of diazepam, the last step of the diazepam rate table. Symptoms can increase near the end of a taper; it is fine to hold longer before this step.',
    source: 'Ashton’s diazepam rate table as quoted from NICE CKS; JCPG 2025 patient guide',
  },
};

/** "a 1 mL oral syringe", "a 100 mL measuring cylinder". */
export function toolText(tool: MeasuringTool): string {
  return tool.tool === 'oral_syringe'
    ? `a ${ml(tool.capacityMl)} oral syringe`
    : `a ${ml(tool.capacityMl)} measuring cylinder`;
}

function piecesText(pieces: Realisation['pieces']): string {
  const parts: string[] = [];
  for (const piece of pieces ?? []) {
    if (piece.whole > 0) parts.push(`${piece.whole} × ${mg(piece.strengthMg)} tablet`);
    if (piece.halves === 1) parts.push(`half of a ${mg(piece.strengthMg)} tablet`);
    else if (piece.halves > 1) parts.push(`${piece.halves} halves of ${mg(piece.strengthMg)} tablets`);
  }
  return listText(parts);
}

/** "Draw up 0.6 mL with a 1 mL oral syringe", "Measure 45 mL in a 50 mL measuring cylinder". */
function measureWith(volume: number, tool: MeasuringTool, what = ''): string {
  return tool.tool === 'oral_syringe'
    ? `Draw up ${ml(volume)}${what} with ${toolText(tool)}`
    : `Measure ${ml(volume)}${what} in ${toolText(tool)}`;
}

/** A home water mixture as short steps: mix, draw up with the tool, discard the rest. */
function mixtureText(r: Realisation): string[] {
  const steps = mixtureSteps({
    suspendTabletMg: r.suspendTabletMg ?? 0,
    mixVolumeMl: r.mixVolumeMl ?? 0,
    takeMl: r.takeMl ?? 0,
    discardMl: r.discardMl ?? 0,
  });
  const mix = `Mix one ${mg(steps.tabletMg)} tablet into ${ml(steps.waterMl)} of water (measure the water with ${toolText(steps.waterTool)}). Shake well.`;
  const draw =
    steps.draw.action === 'take'
      ? [`${measureWith(steps.draw.ml, steps.draw.tool)} and take it.`, `Discard the rest (${ml(steps.discardMl)}).`]
      : [`${measureWith(steps.draw.ml, steps.draw.tool)} and discard it.`, `Take all the rest (${ml(steps.takeMl)}).`];
  return [mix, ...draw];
}

/** How to measure one dose, as one or more short sentences, from the plan's realisation. */
export function measureLines(r: Realisation): readonly string[] {
  switch (r.method) {
    case 'none':
      return ['Nothing to take.'];
    case 'tablets':
      return [`Take ${piecesText(r.pieces)}.`];
    case 'drops':
      return [r.drops === 1 ? 'Take 1 drop.' : `Take ${NUMBER.format(r.drops ?? 0)} drops.`];
    case 'liquid':
      return [
        `${measureWith(r.takeMl ?? 0, toolForVolume(r.takeMl ?? 0), ` of the ${NUMBER.format(r.concentrationMgPerMl ?? 0)} mg/mL liquid`)}.`,
      ];
    case 'water-titration': {
      const tablets = piecesText(r.pieces);
      if ((r.takeMl ?? 0) === 0) return [`Take ${tablets}.`];
      return tablets === '' ? mixtureText(r) : [`Take ${tablets}. Then, for the rest:`, ...mixtureText(r)];
    }
  }
}

/** What a measured dose gives, when it is not exact: the error in mg and %, and whether it is over the 2 % rule. */
export function accuracyText(r: Realisation): string {
  if (r.errorMg === 0) return '';
  const beyond = isImprecise(r.errorPercent)
    ? ` That is more than ${NUMBER.format(MAX_REALISATION_ERROR * 100)} % off.`
    : '';
  return `This gives ${mg(r.achievedMg)}: ${ERROR_MG.format(Math.abs(r.errorMg))} mg (${NUMBER.format(Math.abs(r.errorPercent))} %) ${r.errorMg > 0 ? 'more' : 'less'} than planned.${beyond}`;
}

/** The saved-plan screen: now and next first, the schedule, and the way into the editor. */
export const planScreen = {
  nowHeading: 'Now',
  nextHeading: 'Next change',
  firstHeading: 'Your first step',
  stepLabel: (n: number, total: number) => `Step ${n} of ${total}`,
  during: (start: CalendarDate, end: CalendarDate | null) =>
    end === null ? `Since ${dayDate(start)}. This dose continues.` : `${dayDate(start)} to ${dayDate(end)}`,
  from: (start: CalendarDate) => `From ${dayDate(start)}`,
  noNext: 'There are no more changes in this plan.',
  finalStep: 'This is the last step of your plan.',
  changePlan: 'Change my plan',
  keepSaved: 'Keep my saved plan',
  editorHeading: 'Change your plan',
  newHeading: 'Make your plan',
  noPlanIntro:
    'You have no plan yet. Answer a few questions below and press Preview. Nothing is saved until you press Save plan.',
  editorIntro: 'Change anything and press Preview. Your saved plan stays as it is until you press Save plan.',
  offline: 'No connection right now. This is the copy of your plan kept on this device. Changes need a connection.',
  showPast: (n: number) => (n === 1 ? 'Show the past step' : `Show past steps (${n})`),
  currentMark: 'Now',
  doseLabel: 'Daily dose',
  cutLabel: 'Cut',
  measureLabel: 'How to measure it',
  moreHeading: 'More about this plan',
};

/** Prep cards: what a card names besides the dose (the medicine, its strength, its form, the tools). */
export const prepCardWords = {
  strengths: (mgs: readonly number[]) => `${listText(mgs.map(mg))} tablets`,
  concentration: (mgPerMl: number) => `${NUMBER.format(mgPerMl)} mg/mL liquid`,
  dropStrength: (mgPerDrop: number) => `drops, ${mg(mgPerDrop)} each`,
  homeMixture: 'home water mixture',
  tools: (tools: readonly string[]) => `You need: ${listText(tools)}.`,
  medicine: (name: string, details: readonly string[]) => [name, ...details].join(' · '),
};
