import { Command } from 'commander';
import * as z from 'zod';
import { PlanInputSchema } from '../../api/plan-schemas.js';
import { describeAccuracy, describeMeasureError, describeRealisation, planTaper, titrate, WARNINGS, type Plan, type Titration, type TitrationError } from '../../core/index.js';
import { CliFailure, EXIT, type CliDeps } from '../program.js';
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
  'strategy.diazepamMgPerMg': '--ratio',
  'strategy.kind': '--strategy',
  endpointMg: '--endpoint',
  syringeMl: '--syringe',
  form: '--form',
};

interface PlanOptions {
  readonly medication: string;
  readonly dose: string;
  readonly strategy: string;
  readonly percent?: string;
  readonly interval?: string;
  readonly step?: string;
  readonly ratio?: string;
  readonly start: string;
  readonly form: string;
  readonly syringe: string;
  readonly endpoint: string;
  readonly json?: boolean;
}

const num = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value));

function strategyFrom(o: PlanOptions): Record<string, unknown> {
  switch (o.strategy) {
    case 'proportional':
      return { kind: 'proportional', percent: num(o.percent) ?? 10, intervalDays: num(o.interval) ?? 14 };
    case 'linear':
      return { kind: 'linear', stepMg: num(o.step), intervalDays: num(o.interval) ?? 14 };
    case 'crossover':
      return { kind: 'crossover', diazepamMgPerMg: num(o.ratio), intervalDays: num(o.interval) ?? 14 };
    default:
      return { kind: o.strategy };
  }
}

function printPlan(plan: Plan, out: (text: string) => void): void {
  const rows = plan.steps.map((s) => [
    String(s.index + 1),
    s.start,
    s.end ?? '…',
    `${s.doseMg} mg`,
    s.cutPercent > 0 ? `-${s.cutPercent}%` : '',
    s.doses.map((d) => `${describeRealisation(d.realisation)} ${d.realisation.errorMg === 0 ? '' : describeAccuracy(d.realisation)}`.trim()).join(' + '),
  ]);
  out(`${formatTable([['step', 'from', 'to', 'daily dose', 'cut', 'how to measure the day’s dose'], ...rows])}\n`);
  for (const w of plan.warnings) out(`\n! ${w.message}\n  Source: ${w.source}${w.steps.length > 0 ? ` (steps ${w.steps.map((i) => i + 1).join(', ')})` : ''}\n`);
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
    .option('--ratio <mg>', 'crossover: mg of diazepam replacing 1 mg of the current drug')
    .requiredOption('--start <date>', 'first day of the plan, YYYY-MM-DD')
    .option('--form <form>', 'tablet | odt | liquid | drops', 'tablet')
    .option('--syringe <ml>', 'syringe markings in mL (0.01-1)', '0.1')
    .option('--endpoint <mg>', '0 to stop, or a maintenance dose', '0')
    .option('--json', 'print JSON')
    .action((options: PlanOptions) => {
      const parsed = PlanInputSchema.safeParse({
        medicationId: options.medication,
        currentDoseMg: num(options.dose),
        startDate: options.start,
        strategy: strategyFrom(options),
        form: options.form,
        syringeMl: num(options.syringe),
        endpointMg: num(options.endpoint),
      });
      if (!parsed.success) {
        throw new CliFailure('invalid_input', describeIssue(parsed.error, (path) => PLAN_FLAGS[path] ?? path), EXIT.usage);
      }
      const result = planTaper(parsed.data);
      if (!result.ok) throw new CliFailure(result.error.code, result.error.message, EXIT.usage);
      if (options.json) deps.out(`${JSON.stringify(result.value, null, 2)}\n`);
      else printPlan(result.value, deps.out);
    });
}

const MORE_THAN_ZERO = 'must be more than 0';

const TitrateSchema = z.strictObject({
  tabletMg: z.number({ error: 'must be a number' }).positive(MORE_THAN_ZERO).max(100, 'must be at most 100 mg'),
  volumeMl: z.number({ error: 'must be a number' }).positive(MORE_THAN_ZERO).min(1, 'must be at least 1 mL').max(1000, 'must be at most 1000 mL'),
  doseMg: z.number({ error: 'must be a number' }).positive(MORE_THAN_ZERO),
  syringeMl: z.number({ error: 'must be a number' }).positive(MORE_THAN_ZERO).min(0.01, 'must be at least 0.01 mL').max(1, 'must be at most 1 mL'),
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
const titrationWarnings = (t: Titration) => t.warnings.map((code) => ({ code, ...WARNINGS[code] }));

interface TitrateOptions {
  readonly tabletMg: string;
  readonly volumeMl: string;
  readonly doseMg: string;
  readonly syringe: string;
  readonly json?: boolean;
}

export function titrateCommand(deps: CliDeps): Command {
  return new Command('titrate')
    .description('how much of one tablet stirred into water gives a dose (plain arithmetic; check with your pharmacist)')
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
        throw new CliFailure('invalid_input', describeIssue(parsed.error, (path) => TITRATE_FLAGS[path] ?? path), EXIT.usage);
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
