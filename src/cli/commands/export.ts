import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { CSV_TABLES, exportCsv } from '../../api/export-csv.js';
import { exportFhir } from '../../api/export-fhir.js';
import type { ExportFile } from '../../api/export-schemas.js';
import { createStore, migrateToLatest, openDatabase } from '../../storage/index.js';
import { accountByEmail } from '../account-by-email.js';
import { CliFailure, EXIT, type CliDeps } from '../program.js';

interface ExportOptions {
  readonly email: string;
  readonly format: Format;
  readonly out: string;
}

/** The formats `taper export` writes: the same bytes as GET /api/v1/export.json, /export/*.csv and /export/fhir. */
const FORMATS = ['json', 'csv', 'fhir'] as const;
type Format = (typeof FORMATS)[number];

interface OutFile {
  readonly name: string;
  readonly content: string;
}

/** The files a format writes, named as the API's downloads are (csv: one file per table). */
function filesOf(format: Format, file: ExportFile, userId: string): readonly OutFile[] {
  const stem = `taper-companion-${file.exportedAt.slice(0, 10)}`;
  switch (format) {
    case 'json':
      return [{ name: `${stem}.json`, content: `${JSON.stringify(file, null, 2)}\n` }];
    case 'csv':
      return CSV_TABLES.map((table) => ({ name: `${stem}-${table}.csv`, content: exportCsv(file, table) }));
    case 'fhir':
      return [{ name: `${stem}-fhir.json`, content: `${JSON.stringify(exportFhir(file, userId), null, 2)}\n` }];
  }
}

/** Writes every file or, when one of their names is taken, none (never a half-written set, never over a file). */
function writeAll(out: string, files: readonly OutFile[]): readonly string[] {
  const paths = files.map((f) => join(out, f.name));
  const taken = paths.find((path) => existsSync(path));
  if (taken !== undefined)
    throw new CliFailure('invalid_input', `--out: ${taken}: a file of that name is already there`, EXIT.usage);
  return files.map((f, i) => {
    const path = paths[i] ?? join(out, f.name);
    try {
      // 'wx': never overwrite a file already there (an earlier export, someone else's file).
      writeFileSync(path, f.content, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EEXIST' ? 'a file of that name is already there' : `it cannot be written (${code})`;
      throw new CliFailure('invalid_input', `--out: ${path}: ${why}`, EXIT.usage);
    }
    return path;
  });
}

/** `taper export`: what the API's export answers, written to a folder, for an operator helping someone move. */
export function exportCommand(deps: CliDeps): Command {
  return new Command('export')
    .description("write one person's records to a file in --out (format: docs/export-format.md)")
    .requiredOption('--email <email>', 'the account to export')
    .addOption(new Option('--format <format>', 'file format').choices(FORMATS).default('json'))
    .requiredOption('--out <dir>', 'an existing folder to write the file (csv: four files) into')
    .action(async (options: ExportOptions) => {
      const database = await openDatabase(deps.database);
      try {
        await migrateToLatest(database);
        const store = createStore(database.db);
        const user = await accountByEmail(store, options.email);
        const now = deps.now();
        const file = await store.exportOf(user.id, now.toISOString());
        if (!file) throw new CliFailure('not_found', `no account with the email ${options.email}`, EXIT.failed);
        const paths = writeAll(options.out, filesOf(options.format, file, user.id));
        deps.out(`Wrote ${paths.join(', ')} (${file.checkins.length} check-ins, ${file.doses.length} doses).\n`);
      } finally {
        await database.close();
      }
    });
}
