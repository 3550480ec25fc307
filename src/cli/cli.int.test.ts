import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCheckin } from '../core/index.js';
import { parse } from 'csv-parse/sync';
import type { Bundle } from 'fhir/r4.js';
import { ExportFileSchema } from '../api/export-schemas.js';
import { WARNING_WORDS as WARNINGS } from './plan-words.js';
import { createStore, migrateToLatest, openDatabase } from '../storage/index.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/taper.js');

/** Runs the real, built `taper` binary; resolves with its output and exit code instead of throwing. */
async function taper(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('taper CLI (built binary, SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taper-cli-'));
  const env = { TAPER_DB: join(dir, 'taper.sqlite') };

  beforeAll(async () => {
    const database = await openDatabase({ kind: 'sqlite', file: env.TAPER_DB });
    await migrateToLatest(database);
    const store = createStore(database.db);
    await store.users.create({
      id: 'u1',
      email: 'you@example.org',
      loginKey: 'k1',
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    for (const [date, tremor] of [
      ['2026-11-20', 2],
      ['2026-11-21', 1],
    ] as const) {
      const prepared = prepareCheckin(
        date,
        { symptoms: { tremor }, sleepHours: 7, doseMg: 0.5, note: 'steady' },
        '2026-11-25',
      );
      if (!prepared.ok) throw new Error('fixture');
      await store.checkins.put('u1', () => `c-${date}`, prepared.value, {
        now: '2026-11-25T08:00:00.000Z',
        editedAt: '2026-11-25T08:00:00.000Z',
      });
    }
    await database.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help and exits 0', async () => {
    const result = await taper(['--help'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: taper/);
    expect(result.stdout).toMatch(/checkins/);
    expect(result.stdout).toMatch(/migrate/);
  });

  it('migrates an up-to-date database without changing it', async () => {
    const result = await taper(['migrate'], env);
    expect(result).toMatchObject({ code: 0, stdout: 'The database is up to date.\n' });
  });

  it('lists check-ins as JSON, in the API’s shape', async () => {
    const result = await taper(['checkins', 'list', '--email', 'You@Example.org', '--json'], env);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { checkins: { date: string; symptoms: object; doseMg: number }[] };
    expect(body.checkins.map((c) => c.date)).toEqual(['2026-11-21', '2026-11-20']);
    expect(body.checkins[0]).toMatchObject({ symptoms: { tremor: 1 }, doseMg: 0.5, sleepHours: 7, note: 'steady' });
  });

  it('lists check-ins as a readable table, filtered by date', async () => {
    const result = await taper(['checkins', 'list', '--email', 'you@example.org', '--from', '2026-11-21'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^date\s+symptoms/);
    expect(result.stdout).toMatch(/2026-11-21\s+tremor:1\s+7 h\s+0.5 mg\s+steady/);
    expect(result.stdout).not.toMatch(/2026-11-20/);
  });

  it('fails clearly for an unknown account (exit 1) and a bad date (exit 2)', async () => {
    const unknown = await taper(['checkins', 'list', '--email', 'nobody@example.org', '--json'], env);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toEqual({
      error: { code: 'not_found', message: expect.stringMatching(/nobody/) },
    });
    const badDate = await taper(['checkins', 'list', '--email', 'you@example.org', '--to', '2026-02-30'], env);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--to must be a real calendar date/);
  });

  it('exports one person as the API does, into a new file it never overwrites', async () => {
    const out = mkdtempSync(join(dir, 'export-'));
    const result = await taper(['export', '--email', 'You@Example.org', '--format', 'json', '--out', out], env);
    expect(result.code, result.stderr).toBe(0);
    const [name] = readdirSync(out);
    expect(name).toMatch(/^taper-companion-\d{4}-\d\d-\d\d\.json$/);
    expect(result.stdout).toBe(`Wrote ${join(out, name ?? '')} (2 check-ins, 0 doses).\n`);
    const file = ExportFileSchema.parse(JSON.parse(readFileSync(join(out, name ?? ''), 'utf8')));
    expect(file.account.email).toBe('you@example.org');
    expect(file.checkins.map((c) => [c.date, c.symptoms, c.sleepMinutes])).toEqual([
      ['2026-11-20', { tremor: 2 }, 420],
      ['2026-11-21', { tremor: 1 }, 420],
    ]);
    const again = await taper(['export', '--email', 'you@example.org', '--out', out], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--out: .* a file of that name is already there/);
    const unknown = await taper(['export', '--email', 'nobody@example.org', '--out', out], env);
    expect(unknown.code).toBe(1);
    const badFormat = await taper(['export', '--email', 'you@example.org', '--format', 'xml', '--out', out], env);
    expect(badFormat.code).toBe(2);
  });

  it('exports CSV as four tables and FHIR as one Bundle, and writes no CSV table when one is already there', async () => {
    const out = mkdtempSync(join(dir, 'formats-'));
    const csv = await taper(['export', '--email', 'you@example.org', '--format', 'csv', '--out', out], env);
    expect(csv.code, csv.stderr).toBe(0);
    const names = readdirSync(out).sort();
    expect(names.map((n) => n.replace(/\d{4}-\d\d-\d\d/, 'DAY'))).toEqual([
      'taper-companion-DAY-checkins.csv',
      'taper-companion-DAY-doses.csv',
      'taper-companion-DAY-events.csv',
      'taper-companion-DAY-questionnaires.csv',
    ]);
    const checkins = names.find((n) => n.endsWith('-checkins.csv')) ?? '';
    const rows = parse<Record<string, string>>(readFileSync(join(out, checkins)), { bom: true, columns: true });
    expect(rows.map((r) => [r['date'], r['tremor'], r['sleep_minutes'], r['note']])).toEqual([
      ['2026-11-20', '2', '420', 'steady'],
      ['2026-11-21', '1', '420', 'steady'],
    ]);
    const fhir = await taper(['export', '--email', 'you@example.org', '--format', 'fhir', '--out', out], env);
    expect(fhir.code, fhir.stderr).toBe(0);
    const fhirName = readdirSync(out).find((n) => n.endsWith('-fhir.json')) ?? '';
    const bundle = JSON.parse(readFileSync(join(out, fhirName), 'utf8')) as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry?.filter((e) => e.resource?.resourceType === 'Observation')).toHaveLength(2);
    // One table already there: nothing is written, so no set is ever half old, half new.
    const partial = mkdtempSync(join(dir, 'partial-'));
    const doses = names.find((n) => n.endsWith('-doses.csv')) ?? '';
    writeFileSync(join(partial, doses), 'mine');
    const refused = await taper(['export', '--email', 'you@example.org', '--format', 'csv', '--out', partial], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/doses\.csv: a file of that name is already there/);
    expect(readdirSync(partial)).toEqual([doses]);
    expect(readFileSync(join(partial, doses), 'utf8')).toBe('mine');
  });

  it('rejects unknown commands and missing options with exit 2', async () => {
    expect((await taper(['bogus'], env)).code).toBe(2);
    const missing = await taper(['checkins', 'list'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--email/);
  });

  it('computes a plan as JSON, the same as the preview endpoint', async () => {
    const args = [
      'plan',
      '--medication',
      'clonazepam',
      '--dose',
      '2',
      '--strategy',
      'proportional',
      '--percent',
      '10',
      '--interval',
      '14',
      '--start',
      '2027-01-04',
      '--form',
      'liquid',
      '--syringe',
      '0.1',
      '--json',
    ];
    const result = await taper(args, env);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as {
      steps: { start: string; end: string | null; doseMg: number; doses: { realisation: { method: string } }[] }[];
      warnings: { code: string; message: string }[];
    };
    expect(plan.steps[0]).toMatchObject({ start: '2027-01-04', end: '2027-01-17', doseMg: 1.8 });
    expect(plan.steps[0]?.doses[0]?.realisation.method).toBe('water-titration');
    expect(plan.steps.at(-1)).toMatchObject({ doseMg: 0, end: null });
    expect(plan.warnings.map((w) => w.code)).toContain('home_mixture');
  });

  it('prints a readable plan table without --json', async () => {
    const result = await taper(['plan', '--medication', 'clonazepam', '--dose', '2', '--start', '2027-01-04'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^step\s+from\s+to\s+daily dose/);
    expect(result.stdout).toMatch(
      /1\s+2027-01-04\s+2027-01-17\s+1\.75 mg clonazepam\s+-12\.5%\s+Clonazepam 1\.75 mg: Take/,
    );
    expect(result.stdout).toMatch(/Duration: about 84 weeks/);
    expect(result.stdout).toMatch(/Pace: the guideline pace/);
    expect(result.stdout).toMatch(
      /The last step stops from no more than 0\.05 mg clonazepam \(1 mg diazepam-equivalent\)/,
    );
    // Tablets can't cut 10 % below 1.5 mg: the rest is measured as a water mixture, and the table says so.
    expect(result.stdout).toMatch(
      /\* From step 3, the dose is measured as clonazepam tablets with one stirred into water \(you need clonazepam tablets and an oral syringe\), because tablets cannot make cuts this small\./,
    );
  });

  it('plans a crossover by a published table, at three dose-times, with every amount labelled by its drug', async () => {
    const args = [
      'plan',
      '--medication',
      'clonazepam',
      '--dose',
      '1.5',
      '--strategy',
      'crossover',
      '--equivalence',
      'ashton',
      '--dose-times',
      'morning,midday,night',
      '--start',
      '2027-01-04',
    ];
    const table = await taper(args, env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /1\s+2027-01-04\s+2027-01-10\s+30 mg diazepam-equivalent\s+Clonazepam 1\.25 mg: .* \+ Diazepam 5 mg: Draw up 5 mL of the 1 mg\/mL liquid with a 5 mL oral syringe/,
    );
    const json = JSON.parse((await taper([...args, '--json', '--indication', 'epilepsy'], env)).stdout) as {
      steps: { doses: { medicationId: string; times: { label: string }[] }[] }[];
      warnings: { code: string }[];
    };
    expect(json.steps[0]?.doses.map((d) => [d.medicationId, d.times.map((t) => t.label)])).toEqual([
      ['clonazepam', ['morning', 'midday', 'night']],
      ['diazepam', ['morning', 'midday', 'night']],
    ]);
    expect(json.warnings.map((w) => w.code)).toContain('specialist_first');
    const amounts = await taper(
      [
        'plan',
        '--medication',
        'clonazepam',
        '--dose',
        '1.5',
        '--dose-times',
        'morning=0.5,night=0.75',
        '--start',
        '2027-01-04',
      ],
      env,
    );
    expect(amounts.code).toBe(2);
    expect(amounts.stderr).toMatch(
      /--dose-times: give mg for every time, more than 0, adding up to --dose \(1\.5 mg\)/,
    );
  });

  it.each([
    [
      ['--dose', '2', '--strategy', 'crossover', '--ratio', '0.5'],
      'equivalence_out_of_range',
      /outside the published equivalents.*--ratio/,
    ],
    [
      ['--dose', '2', '--strategy', 'crossover', '--equivalence', 'nhs'],
      'invalid_input',
      /--equivalence must be ashton or va-dod/,
    ],
    [['--dose', '2', '--floor', '1.5'], 'floor_too_high', /floor is higher.*--floor/],
    [['--dose', '2', '--strategy', 'linear', '--step', '2'], null, /./],
  ])('refuses an unsafe plan %j with its code, or makes it safe', async (args, code, message) => {
    const result = await taper(['plan', '--medication', 'clonazepam', ...args, '--start', '2027-01-04', '--json'], env);
    if (code === null) {
      // A 2 mg cut from 2 mg would stop at once: it becomes 25 % cuts down to a small final stop.
      expect(result.code).toBe(0);
      const plan = JSON.parse(result.stdout) as { steps: { doseMg: number }[]; adjustments: { code: string }[] };
      expect(plan.steps[0]?.doseMg).toBe(1.5);
      expect(plan.adjustments.map((a) => a.code)).toContain('cut_capped');
      return;
    }
    expect(result.code).toBe(2);
    const error = (JSON.parse(result.stdout) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('marks a faster pace chosen with a prescriber, and only then', async () => {
    const faster = await taper(
      [
        'plan',
        '--medication',
        'clonazepam',
        '--dose',
        '1',
        '--strategy',
        'linear',
        '--step',
        '0.25',
        '--interval',
        '7',
        '--pace',
        'prescriber-faster',
        '--start',
        '2027-01-04',
      ],
      env,
    );
    expect(faster.code).toBe(0);
    expect(faster.stdout).toMatch(/Pace: FASTER than the guideline/);
    expect(faster.stdout).toContain(WARNINGS.too_fast.message);
    const bad = await taper(
      ['plan', '--medication', 'clonazepam', '--dose', '1', '--pace', 'fast', '--start', '2027-01-04'],
      env,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--pace must be guideline or prescriber-faster/);
  });

  it.each([
    [['--medication', 'xanaxx', '--dose', '2'], '--medication'],
    [['--medication', 'clonazepam', '--dose', '-1'], '--dose'],
    [['--medication', 'clonazepam', '--dose', '2', '--percent', '0'], '--percent'],
    [['--medication', 'clonazepam', '--dose', '2', '--interval', '500'], '--interval'],
  ])('refuses bad plan input %j with exit 2 naming %s', async (args, flag) => {
    const result = await taper(['plan', ...args, '--start', '2027-01-04', '--json'], env);
    expect(result.code).toBe(2);
    const error = (JSON.parse(result.stdout) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('invalid_input');
    expect(error.message.startsWith(flag)).toBe(true);
  });

  it('computes a water titration', async () => {
    const result = await taper(
      ['titrate', '--tablet-mg', '1', '--volume-ml', '100', '--dose-mg', '0.45', '--syringe', '0.1', '--json'],
      env,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      concentrationMgPerMl: 0.01,
      takeMl: 45,
      discardMl: 55,
      achievedMg: 0.45,
      errorMg: 0,
      errorPercent: 0,
      warnings: [
        { code: 'home_mixture', message: WARNINGS.home_mixture.message, source: WARNINGS.home_mixture.source },
      ],
    });
    const table = await taper(['titrate', '--tablet-mg', '0.5', '--volume-ml', '30', '--dose-mg', '0.123'], env);
    expect(table.code).toBe(0);
    // 0.5 mg in 30 mL: 0.123 mg needs 7.38 mL, measured as 7.4 mL = 0.123333 mg, +0.271 %.
    expect(table.stdout).toMatch(/take\s+7\.4 mL/);
    expect(table.stdout).toMatch(/error\s+0\.000333 mg \(0\.271%\) over the dose asked for\n/);
    expect(table.stdout).toContain(`! ${WARNINGS.home_mixture.message}\n  Source: ${WARNINGS.home_mixture.source}`);
    expect(table.stdout).not.toContain(WARNINGS.imprecise_measure.message);
  });

  it('flags a titration more than 2 % off, in the table and in --json, with the plan’s words', async () => {
    // 0.5 mg in 100 mL with a 1 mL syringe: 0.012 mg needs 2.4 mL, measured as 2 mL = 0.01 mg, -16.667 %.
    const args = ['titrate', '--tablet-mg', '0.5', '--volume-ml', '100', '--dose-mg', '0.012', '--syringe', '1'];
    const json = await taper([...args, '--json'], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      takeMl: 2,
      achievedMg: 0.01,
      errorMg: -0.002,
      errorPercent: -16.667,
      warnings: [
        { code: 'home_mixture', message: WARNINGS.home_mixture.message, source: WARNINGS.home_mixture.source },
        {
          code: 'imprecise_measure',
          message: WARNINGS.imprecise_measure.message,
          source: WARNINGS.imprecise_measure.source,
        },
      ],
    });
    const table = await taper(args, env);
    expect(table.stdout).toMatch(/error\s+0\.002 mg \(16\.667%\) under the dose asked for, more than 2% off\n/);
    expect(table.stdout).toContain(
      `! ${WARNINGS.imprecise_measure.message}\n  Source: ${WARNINGS.imprecise_measure.source}`,
    );
  });

  it.each([
    [['--volume-ml', '0'], '--volume-ml must be more than 0'],
    [['--volume-ml', '-5'], '--volume-ml must be more than 0'],
    [['--dose-mg', '0'], '--dose-mg must be more than 0'],
    [['--syringe', '0'], '--syringe must be more than 0'],
    [['--tablet-mg', 'abc'], '--tablet-mg must be a number'],
    [['--dose-mg', '0.75'], '--dose-mg is more than one 0.5 mg tablet'],
    [['--dose-mg', '0.0002'], '--dose-mg needs 0.04 mL of this mixture, less than one 0.1 mL mark of the syringe'],
  ])('refuses titration input %j with exit 2 and one line: %s', async (change, message) => {
    const options = new Map([
      ['--tablet-mg', '0.5'],
      ['--volume-ml', '100'],
      ['--dose-mg', '0.25'],
      ['--syringe', '0.1'],
    ]);
    options.set(change[0] ?? '', change[1] ?? '');
    const args = ['titrate', ...[...options].flat()];
    const plain = await taper(args, env);
    expect(plain.code).toBe(2);
    expect(plain.stdout).toBe('');
    expect(plain.stderr.startsWith(`taper: ${message}`)).toBe(true);
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
    const json = await taper([...args, '--json'], env);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      error: { code: 'invalid_input', message: expect.stringContaining(message) as string },
    });
  });

  it('scores questionnaires, and refuses wrong counts or values with exit 2', async () => {
    const ciwa = Array.from({ length: 20 }, (_, i) => (i < 5 ? 4 : i === 5 ? 1 : 0)).join(',');
    const result = await taper(['score', 'ciwa-b', '--answers', ciwa, '--json'], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ score: 21, band: 'moderate', contactClinician: false });
    const severe = await taper(
      ['score', 'ciwa-b', '--answers', Array.from({ length: 20 }, (_, i) => (i < 11 ? 4 : 0)).join(',')],
      env,
    );
    expect(severe.stdout).toMatch(
      /CIWA-B: 44 of 80 \(Severe\)\nThis is in a severe band: please contact your prescriber or another clinician today/,
    );
    const bwsq = await taper(['score', 'bwsq', '--answers', Array.from({ length: 20 }, () => 2).join(',')], env);
    expect(bwsq.stdout).toMatch(/BWSQ: 40 of 40 \(total only/);
    const short = await taper(['score', 'ciwa-b', '--answers', '0,1,2', '--json'], env);
    expect(short.code).toBe(2);
    expect(JSON.parse(short.stdout)).toMatchObject({
      error: { code: 'invalid_input', message: expect.stringMatching(/needs 20 answers/) },
    });
    const high = await taper(['score', 'ciwa-b', '--answers', ciwa.replace(/^4/, '5')], env);
    expect(high.code).toBe(2);
    expect(high.stderr).toMatch(/answer 1 must be a whole number from 0 to 4/);
    expect((await taper(['score', 'phq-9', '--answers', '1'], env)).code).toBe(2);
  });
});
