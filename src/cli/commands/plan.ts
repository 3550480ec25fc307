import { Command } from 'commander';
import * as z from 'zod';
import { PlanInputSchema } from '../../api/plan-schemas.js';
import {
  CROSSOVER_TARGET_ID,
  describeAccuracy,
  describeMeasureError,
  describeRealisation,
  findMedication,
  planTaper,
  ratioFromTable,
  titrate,
  type Plan,
  type Titration,
  type TitrationError,
} from '../../core/index.js';
import { CliFailure, EXIT, type CliDeps } from '../program.js';
import { ERROR_MESSAGES } from '../../api/error-messages.js';
import { WARNING_WORDS } from '../plan-words.js';
import { formatTable } from '../table.js';

/** The first problem zod found, as "--flag: what is wrong". */
function describeIssue(error: z.ZodError, flagOf: (path: string) => string): string {
  const issue = error.issues[0];
  const path = issue?.path.join('.') ?? '';
  return `${flagOf(path)} ${issue?.message ?? 'is not valid'}`;
}

const PLAN_FLAGS: Readonly<Record<string, string>> = {
  medicationId: '--medication',
  currentDoseMg: '--dose',
  startDate: '--start',
  'strategy.percent': '--percent',
  'strategy.intervalDays': '--interval',
  'strategy.stepMg': '--step',
  'strategy.diazepamMgPerMg': '--ratio or --equivalence',
  'strategy.stageDays': '--stage-days',
  'strategy.cutSize': '--cut-size',
  'strategy.diazepamForm': '--diazepam-form',
  'strategy.kind': '--strategy',
  endpointMg: '--endpoint',
  floorMg: '--floor',
  syringeMl: '--syringe',
  form: '--form',
  doseTimes: '--dose-times',
  indication: '--indication',
  pace: '--pace',
};
const flagOf = (path: string): string =>
  PLAN_FLAGS[path] ?? PLAN_FLAGS[path.split('.').slice(0, 2).join('.')] ?? PLAN_FLAGS[path.split('.')[0] ?? ''] ?? path;

interface PlanOptions {
  readonly medication: string;
  readonly dose: string;
  readonly strategy: string;
  readonly percent?: string;
  readonly interval?: string;
  readonly step?: string;
  readonly ratio?: string;
  readonly equivalence?: string;
  readonly stageDays?: string;
  readonly cutSize?: string;
  readonly diazepamForm?: string;
  readonly start: string;
  readonly form: string;
  readonly syringe: string;
  readonly endpoint: string;
  readonly floor?: string;
  readonly doseTimes?: string;
  readonly indication?: string;
  readonly pace: string;
  readonly json?: boolean;
}

/** A number as typed; a decimal comma (1,5) reads as a point, as the web form accepts it. */
const num = (value: string | undefined): number | undefined =>
  value === undefined ? undefined : Number(value.trim().replace(/^(\d+),(\d+)$/, '$1.$2'));

/** The diazepam per mg: the published table's figure (--equivalence), or the number given (--ratio). */
function ratioFrom(o: PlanOptions): number | undefined {
  if (o.equivalence === undefined && o.ratio === undefined) {
    throw new CliFailure(
      'invalid_input',
      '--equivalence (ashton or va-dod) or --ratio is needed for a switch to diazepam',
      EXIT.usage,
    );
  }
  if (o.equivalence === undefined) return num(o.ratio);
  const medication = findMedication(o.medication);
  if (o.equivalence !== 'ashton' && o.equivalence !== 'va-dod')
    throw new CliFailure('invalid_input', '--equivalence must be ashton or va-dod', EXIT.usage);
  const ratio = medication ? ratioFromTable(medication, o.equivalence) : undefined;
  if (ratio === undefined)
    throw new CliFailure('invalid_input', `--equivalence: no ${o.equivalence} figure for ${o.medication}`, EXIT.usage);
  return ratio;
}

function strategyFrom(o: PlanOptions): Record<string, unknown> {
  switch (o.strategy) {
    case 'proportional':
      return { kind: 'proportional', percent: num(o.percent) ?? 10, intervalDays: num(o.interval) ?? 14 };
    case 'linear':
      return { kind: 'linear', stepMg: num(o.step), intervalDays: num(o.interval) ?? 14 };
    case 'crossover':
      return {
        kind: 'crossover',
        diazepamMgPerMg: ratioFrom(o),
        intervalDays: num(o.interval) ?? 14,
        ...(o.stageDays === undefined ? {} : { stageDays: num(o.stageDays) }),
        ...(o.cutSize === undefined ? {} : { cutSize: o.cutSize }),
        ...(o.diazepamForm === undefined ? {} : { diazepamForm: o.diazepamForm }),
      };
    default:
      return { kind: o.strategy };
  }
}

/**
 * `morning,night` (equal parts) or `morning=0.5,night=1` (mg at each time, adding up to --dose) as dose-times.
 * Undefined when not given: the schema's one daily dose.
 */
function doseTimesFrom(
  text: string | undefined,
  doseMg: number | undefined,
): { label: string; share: number }[] | undefined {
  if (text === undefined) return undefined;
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const entries = parts.map((p) => {
    const [label = '', mg] = p.split('=').map((x) => x.trim());
    return { label, mg: mg === undefined ? undefined : Number(mg) };
  });
  if (entries.length === 0 || entries.some((e) => e.label === ''))
    throw new CliFailure(
      'invalid_input',
      '--dose-times must be labels separated by commas, e.g. morning,night or morning=0.5,night=1',
      EXIT.usage,
    );
  if (entries.every((e) => e.mg === undefined))
    return entries.map((e) => ({ label: e.label, share: 1 / entries.length }));
  const amounts = entries.map((e) => e.mg ?? NaN);
  const total = amounts.reduce((a, b) => a + b, 0);
  if (
    amounts.some((mg) => !Number.isFinite(mg) || mg <= 0) ||
    doseMg === undefined ||
    Math.abs(total - doseMg) > 1e-9
  ) {
    throw new CliFailure(
      'invalid_input',
      `--dose-times: give mg for every time, more than 0, adding up to --dose (${String(doseMg)} mg)`,
      EXIT.usage,
    );
  }
  return entries.map((e, i) => ({ label: e.label, share: (amounts[i] ?? 0) / total }));
}

const drugName = (id: string): string => findMedication(id)?.name ?? id;
const FORM_WORDS: Readonly<Record<string, string>> = {
  tablet: 'tablets',
  odt: 'orally disintegrating tablets',
  capsule: 'capsules',
  liquid: 'liquid from the pharmacy',
  drops: 'drops',
};

/** What the planner changed to keep the pace, in plain words (the web says the same in its catalogue). */
function describeAdjustment(a: Plan['adjustments'][number], plan: Plan, chosenForm: string): string {
  const at =
    a.steps.length === 1 ? `step ${String((a.steps[0] ?? 0) + 1)}` : `steps ${a.steps.map((i) => i + 1).join(', ')}`;
  switch (a.code) {
    case 'form_switch': {
      const drug = drugName(a.medicationId ?? plan.doseScale).toLowerCase();
      const way =
        a.homeMixture === true
          ? `${drug} tablets with one stirred into water (you need ${drug} tablets and an oral syringe)`
          : `${drug} ${FORM_WORDS[a.form ?? ''] ?? a.form ?? ''}`;
      return `From ${at}, the dose is measured as ${way}, because ${FORM_WORDS[chosenForm] ?? chosenForm} cannot make cuts this small.`;
    }
    case 'interval_lengthened':
      return `${at.charAt(0).toUpperCase()}${at.slice(1)} last longer than asked, so that no two weeks lose more than 25% of the dose.`;
    case 'cut_capped':
      return `The cuts at ${at} are smaller than asked, so that no cut is more than ${plan.pace === 'prescriber-faster' ? '50' : '25'}% of the dose.`;
    case 'diazepam_rounded_down':
      return `During the switch (${at}), diazepam is rounded down to what its form measures, never up (see the table).`;
  }
}

function printPlan(plan: Plan, chosenForm: string, out: (text: string) => void): void {
  const scale =
    plan.doseScale === plan.medicationId
      ? drugName(plan.doseScale).toLowerCase()
      : `${drugName(plan.doseScale).toLowerCase()}-equivalent`;
  const rows = plan.steps.map((s) => [
    String(s.index + 1),
    s.start,
    s.end ?? '…',
    `${s.doseMg} mg ${scale}`,
    s.cutPercent > 0 ? `-${s.cutPercent}%` : '',
    [
      ...s.doses
        .filter((d) => d.mg > 0 || s.kind === 'stop')
        .map(
          (d) =>
            `${drugName(d.medicationId)} ${d.mg} mg: ${`${describeRealisation(d.realisation)} ${d.realisation.errorMg === 0 ? '' : describeAccuracy(d.realisation)}`.trim()}`,
        ),
      ...(s.equivalence && s.equivalence.changePercent !== 0
        ? [`(rounding: ${s.equivalence.changePercent}% of ${s.equivalence.exactMg} mg)`]
        : []),
    ].join(' + '),
  ]);
  out(`${formatTable([['step', 'from', 'to', 'daily dose', 'cut', 'how to measure the day’s dose'], ...rows])}\n`);
  const weeks = Math.round(plan.durationDays / 7);
  out(`\nDuration: about ${String(weeks)} weeks from the first step to the last.\n`);
  out(
    plan.pace === 'prescriber-faster'
      ? 'Pace: FASTER than the guideline, as you said you and your prescriber chose.\n'
      : 'Pace: the guideline pace, no more than 25% of the dose in any two weeks.\n',
  );
  if (plan.steps.at(-1)?.kind === 'stop') {
    const limit = plan.doseScale === CROSSOVER_TARGET_ID ? '' : ' (1 mg diazepam-equivalent)';
    out(`The last step stops from no more than ${String(plan.finalStopLimitMg)} mg ${scale}${limit}.\n`);
  }
  for (const a of plan.adjustments) out(`* ${describeAdjustment(a, plan, chosenForm)}\n`);
  for (const w of plan.warnings)
    out(
      `\n! ${WARNING_WORDS[w.code].message}\n  Source: ${WARNING_WORDS[w.code].source}${w.steps.length > 0 ? ` (steps ${w.steps.map((i) => i + 1).join(', ')})` : ''}\n`,
    );
  out('\nEducational, not medical advice. Agree every change with your prescriber.\n');
}

export function planCommand(deps: CliDeps): Command {
  return new Command('plan')
    .description('compute a taper plan (the same as POST /api/v1/plans/preview); nothing is stored')
    .requiredOption('--medication <id>', 'e.g. clonazepam, diazepam, alprazolam, lorazepam')
    .requiredOption('--dose <mg>', 'current total daily dose in mg')
    .option('--strategy <kind>', 'proportional | linear | crossover', 'proportional')
    .option('--percent <p>', 'proportional: cut in % of the current dose (1-25)')
    .option('--interval <days>', 'days between cuts')
    .option('--step <mg>', 'linear: the fixed cut in mg')
    .option('--equivalence <table>', 'crossover: the published table to switch by, ashton | va-dod')
    .option('--ratio <mg>', 'crossover: mg of diazepam replacing 1 mg, within the published range')
    .option('--stage-days <days>', 'crossover: days each substitution stage lasts (5-14)')
    .option('--cut-size <size>', 'crossover: lower | upper end of the diazepam rate table')
    .option('--diazepam-form <form>', 'crossover: liquid | tablet')
    .option('--dose-times <times>', 'e.g. morning,night (equal) or morning=0.5,night=1 (mg each)')
    .option('--indication <why>', 'anxiety | panic | sleep | epilepsy | other')
    .requiredOption('--start <date>', 'first day of the plan, YYYY-MM-DD')
    .option('--form <form>', 'tablet | odt | liquid | drops', 'tablet')
    .option('--syringe <ml>', 'syringe markings in mL (0.01-1)', '0.1')
    .option('--endpoint <mg>', '0 to stop, or a maintenance dose', '0')
    .option('--floor <mg>', 'stop when the dose would fall below this (at most 1 mg diazepam-equivalent)')
    .option(
      '--pace <pace>',
      'guideline | prescriber-faster (only if you and your prescriber chose a faster pace)',
      'guideline',
    )
    .option('--json', 'print JSON')
    .action((options: PlanOptions) => {
      const currentDoseMg = num(options.dose);
      const doseTimes = doseTimesFrom(options.doseTimes, currentDoseMg);
      const parsed = PlanInputSchema.safeParse({
        medicationId: options.medication,
        currentDoseMg,
        startDate: options.start,
        strategy: strategyFrom(options),
        form: options.form,
        syringeMl: num(options.syringe),
        endpointMg: num(options.endpoint),
        pace: options.pace,
        ...(options.floor === undefined ? {} : { floorMg: num(options.floor) }),
        ...(doseTimes === undefined ? {} : { doseTimes }),
        ...(options.indication === undefined ? {} : { indication: options.indication }),
      });
      if (!parsed.success) throw new CliFailure('invalid_input', describeIssue(parsed.error, flagOf), EXIT.usage);
      const result = planTaper(parsed.data);
      if (!result.ok) {
        const flag = result.error.field === undefined ? '' : ` (${flagOf(result.error.field)})`;
        throw new CliFailure(result.error.code, `${ERROR_MESSAGES[result.error.code]}${flag}`, EXIT.usage);
      }
      if (options.json) deps.out(`${JSON.stringify(result.value, null, 2)}\n`);
      else
        printPlan(
          result.value,
          parsed.data.strategy.kind === 'crossover' ? parsed.data.strategy.diazepamForm : parsed.data.form,
          deps.out,
        );
    });
}

const MORE_THAN_ZERO = 'must be more than 0';

const TitrateSchema = z.strictObject({
  tabletMg: z.number({ error: 'must be a number' }).positive(MORE_THAN_ZERO).max(100, 'must be at most 100 mg'),
  volumeMl: z
    .number({ error: 'must be a number' })
    .positive(MORE_THAN_ZERO)
    .min(1, 'must be at least 1 mL')
    .max(1000, 'must be at most 1000 mL'),
  doseMg: z.number({ error: 'must be a number' }).positive(MORE_THAN_ZERO),
  syringeMl: z
    .number({ error: 'must be a number' })
    .positive(MORE_THAN_ZERO)
    .min(0.01, 'must be at least 0.01 mL')
    .max(1, 'must be at most 1 mL'),
});

const TITRATE_FLAGS: Readonly<Record<string, string>> = {
  tabletMg: '--tablet-mg',
  volumeMl: '--volume-ml',
  doseMg: '--dose-mg',
  syringeMl: '--syringe',
};

/** A refusal from core, in words that name the option to change. */
function titrationRefusal(error: TitrationError): string {
  const flag = TITRATE_FLAGS[error.field] ?? error.field;
  switch (error.code) {
    case 'not_positive':
      return `${flag} ${MORE_THAN_ZERO}`;
    case 'more_than_mixture':
      return `${flag} is more than one ${error.tabletMg} mg tablet: take whole tablets for the rest and titrate only the remainder`;
    case 'below_smallest_mark':
      return `${flag} needs ${error.neededMl} mL of this mixture, less than one ${error.syringeMl} mL mark of the syringe: use more water (--volume-ml) or a syringe with finer marks (--syringe)`;
  }
}

/** The same shape, words and sources as a plan's warnings, without the steps. */
const titrationWarnings = (t: Titration) => t.warnings.map((code) => ({ code, ...WARNING_WORDS[code] }));

interface TitrateOptions {
  readonly tabletMg: string;
  readonly volumeMl: string;
  readonly doseMg: string;
  readonly syringe: string;
  readonly json?: boolean;
}

export function titrateCommand(deps: CliDeps): Command {
  return new Command('titrate')
    .description(
      'how much of one tablet stirred into water gives a dose (plain arithmetic; check with your pharmacist)',
    )
    .requiredOption('--tablet-mg <mg>', 'strength of the tablet you stir in')
    .requiredOption('--volume-ml <ml>', 'water you stir it into')
    .requiredOption('--dose-mg <mg>', 'the dose you want from the mixture')
    .option('--syringe <ml>', 'syringe markings in mL', '0.1')
    .option('--json', 'print JSON')
    .action((options: TitrateOptions) => {
      const parsed = TitrateSchema.safeParse({
        tabletMg: num(options.tabletMg),
        volumeMl: num(options.volumeMl),
        doseMg: num(options.doseMg),
        syringeMl: num(options.syringe),
      });
      if (!parsed.success) {
        throw new CliFailure(
          'invalid_input',
          describeIssue(parsed.error, (path) => TITRATE_FLAGS[path] ?? path),
          EXIT.usage,
        );
      }
      const result = titrate(parsed.data);
      if (!result.ok) throw new CliFailure('invalid_input', titrationRefusal(result.error), EXIT.usage);
      const r = result.value;
      const warnings = titrationWarnings(r);
      if (options.json) {
        deps.out(`${JSON.stringify({ ...r, warnings })}\n`);
        return;
      }
      deps.out(
        `${formatTable([
          ['concentration', `${r.concentrationMgPerMl} mg/mL`],
          ['take', `${r.takeMl} mL`],
          ['discard', `${r.discardMl} mL`],
          ['dose achieved', `${r.achievedMg} mg`],
          ['error', describeMeasureError(r, 'the dose asked for')],
        ])}\n`,
      );
      for (const w of warnings) deps.out(`\n! ${w.message}\n  Source: ${w.source}\n`);
    });
}
