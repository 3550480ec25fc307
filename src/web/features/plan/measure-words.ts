/**
 * How to measure one dose, in the active language: the amount to draw up and the tool, from the plan's
 * realisation ("Draw up 0.6 mL of the 1 mg/mL liquid with a 1 mL oral syringe."). The figures are the plan's own;
 * the tools come from the core (toolForVolume, mixtureSteps).
 */
import type { PlanView } from '../../../api/plan-schemas.js';
import { isImprecise, MAX_REALISATION_ERROR, mixtureSteps, toolForVolume } from '../../../core/index.js';
import { knownWord } from '../../i18n/catalogue.js';
import type { I18n } from '../../i18n/i18n-context.js';

type Realisation = PlanView['steps'][number]['doses'][number]['realisation'];
type Words = Pick<I18n, 't' | 'f'>;
type DosePart = { readonly name: string; readonly mg: number };

/**
 * A step's doses in words: the day's dose per medicine, and each medicine and time of day. Here, with the measuring,
 * and not in plan-words.ts, because Today's plan panel says them too and must not load the whole plan's words.
 */
export function doseWords({ t, f, locale }: Pick<I18n, 't' | 'f' | 'locale'>) {
  /** A name inside a sentence: English writes "0.5 mg clonazepam", German keeps its nouns capitalised. */
  const inText = (name: string): string => (locale === 'en' ? name.toLowerCase() : name);
  const timeName = (label: string) => knownWord(t, `plan.time.${label}`) ?? label;
  const formName = (kind: string) => knownWord(t, `plan.form.${kind}`) ?? kind;
  /** "0.5 mg clonazepam and 5 mg diazepam". */
  const doses = (parts: readonly DosePart[]) =>
    f.list(parts.map((p) => t('plan.doseOf', { dose: f.mg(p.mg), name: inText(p.name) })));
  return {
    inText,
    timeName,
    formName,
    doses,
    /** Each medicine's own amount: during a switch, never the diazepam-equivalent total. */
    dayDoses: (parts: readonly DosePart[]) =>
      parts.length === 1
        ? t('plan.dayDose', { dose: f.mg(parts[0]?.mg ?? 0) })
        : t('plan.dayDoses', { doses: doses(parts) }),
    medicineLine: (name: string, form: string, mg: number) =>
      t('plan.medicineLine', { name, form: inText(formName(form)), dose: f.mg(mg) }),
    timeLine: (label: string, mg: number) => t('plan.timeLine', { time: timeName(label), dose: f.mg(mg) }),
    timesLine: (labels: readonly string[], mg: number) =>
      t('plan.timesLine', {
        times: f.list(labels.map((l, i) => (i === 0 ? timeName(l) : timeName(l).toLowerCase()))),
        dose: f.mg(mg),
      }),
  };
}

function piecesText({ t, f }: Words, pieces: Realisation['pieces']): string {
  const parts: string[] = [];
  for (const piece of pieces ?? []) {
    const strength = f.mg(piece.strengthMg);
    if (piece.whole > 0) parts.push(t('plan.measure.whole', { count: piece.whole, strength }));
    if (piece.halves === 1) parts.push(t('plan.measure.half', { strength }));
    else if (piece.halves > 1) parts.push(t('plan.measure.halves', { count: piece.halves, strength }));
  }
  return f.list(parts);
}

/** A home water mixture as short steps: mix, draw up with the tool, discard the rest (or the other way round). */
function mixtureText({ t, f }: Words, r: Realisation): string[] {
  const steps = mixtureSteps({
    suspendTabletMg: r.suspendTabletMg ?? 0,
    mixVolumeMl: r.mixVolumeMl ?? 0,
    takeMl: r.takeMl ?? 0,
    discardMl: r.discardMl ?? 0,
  });
  const mix = t('plan.measure.mix', {
    strength: f.mg(steps.tabletMg),
    water: f.ml(steps.waterMl),
    tool: steps.waterTool.tool,
    capacity: f.ml(steps.waterTool.capacityMl),
  });
  const draw = { volume: f.ml(steps.draw.ml), tool: steps.draw.tool.tool, capacity: f.ml(steps.draw.tool.capacityMl) };
  return steps.draw.action === 'take'
    ? [mix, t('plan.measure.drawTake', draw), t('plan.measure.discardRest', { volume: f.ml(steps.discardMl) })]
    : [mix, t('plan.measure.drawDiscard', draw), t('plan.measure.takeRest', { volume: f.ml(steps.takeMl) })];
}

/** How to measure one dose, as one or more short sentences. */
export function measureLines(words: Words, r: Realisation): readonly string[] {
  const { t, f } = words;
  switch (r.method) {
    case 'none':
      return [t('plan.measure.nothing')];
    case 'tablets':
      return [t('plan.measure.take', { what: piecesText(words, r.pieces) })];
    case 'drops':
      return [t('plan.measure.drops', { count: r.drops ?? 0 })];
    case 'liquid': {
      const volume = r.takeMl ?? 0;
      const tool = toolForVolume(volume);
      return [
        t('plan.measure.liquid', {
          volume: f.ml(volume),
          concentration: f.number(r.concentrationMgPerMl ?? 0),
          tool: tool.tool,
          capacity: f.ml(tool.capacityMl),
        }),
      ];
    }
    case 'water-titration': {
      const tablets = piecesText(words, r.pieces);
      if ((r.takeMl ?? 0) === 0) return [t('plan.measure.take', { what: tablets })];
      const mixture = mixtureText(words, r);
      return tablets === '' ? mixture : [t('plan.measure.tabletsThen', { what: tablets }), ...mixture];
    }
  }
}

/** What a measured dose gives when it is not exact: the error in mg and %, and whether it is over the 2 % rule. */
export function accuracyText({ t, f }: Words, r: Realisation): string {
  if (r.errorMg === 0) return '';
  const values = {
    dose: f.mg(r.achievedMg),
    error: f.significant(Math.abs(r.errorMg)),
    percent: f.number(Math.abs(r.errorPercent)),
    direction: r.errorMg > 0 ? 'more' : 'less',
  };
  return isImprecise(r.errorPercent)
    ? t('plan.measure.accuracyBeyond', { ...values, limit: f.number(MAX_REALISATION_ERROR * 100) })
    : t('plan.measure.accuracy', values);
}
