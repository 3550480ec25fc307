import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { createStore, migrateToLatest, openDatabase } from '../../storage/index.js';
import { accountByEmail } from '../account-by-email.js';
import { CliFailure, EXIT, type CliDeps } from '../program.js';

interface ExportOptions {
  readonly email: string;
  readonly format: string;
  readonly out: string;
}

/** The formats `taper export` writes; the same reads as GET /api/v1/export.json. */
const FORMATS = ['json'] as const;

/** `taper export`: what the API's export answers, written to a folder, for an operator helping someone move. */
export function exportCommand(deps: CliDeps): Command {
  return new Command('export')
    .description("write one person's records to a file in --out (format: docs/export-format.md)")
    .requiredOption('--email <email>', 'the account to export')
    .addOption(new Option('--format <format>', 'file format').choices(FORMATS).default('json'))
    .requiredOption('--out <dir>', 'an existing folder to write the file into')
    .action(async (options: ExportOptions) => {
      const database = await openDatabase(deps.database);
      try {
        await migrateToLatest(database);
        const store = createStore(database.db);
        const user = await accountByEmail(store, options.email);
        const now = deps.now();
        const file = await store.exportOf(user.id, now.toISOString());
        if (!file) throw new CliFailure('not_found', `no account with the email ${options.email}`, EXIT.failed);
        const path = join(options.out, `taper-companion-${now.toISOString().slice(0, 10)}.json`);
        try {
          // 'wx': never overwrite a file already there (an earlier export, someone else's file).
          writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          const why = code === 'EEXIST' ? 'a file of that name is already there' : `it cannot be written (${code})`;
          throw new CliFailure('invalid_input', `--out: ${path}: ${why}`, EXIT.usage);
        }
        deps.out(`Wrote ${path} (${file.checkins.length} check-ins, ${file.doses.length} doses).\n`);
      } finally {
        await database.close();
      }
    });
}
