import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { checkImport } from '../../api/import-check.js';
import { ImportFileSchema, type ImportCounts } from '../../api/import-schemas.js';
import { describeError } from '../../api/error-messages.js';
import { domainError, type DomainError } from '../../core/index.js';
import { createStore, migrateToLatest, openDatabase } from '../../storage/index.js';
import { accountByEmail } from '../account-by-email.js';
import { CliFailure, EXIT, type CliDeps } from '../program.js';

interface ImportOptions {
  readonly email: string;
  readonly from: string;
}

const refused = (error: DomainError): CliFailure =>
  new CliFailure(
    error.code,
    `--from: the file cannot be imported. ${describeError(error.code, error.field)}`,
    EXIT.usage,
  );

/** The file as JSON and in the export format, or the reason it is not (a CLI failure naming the field). */
function readFile(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliFailure(
      'invalid_input',
      `--from: ${path} cannot be read (${(error as NodeJS.ErrnoException).code})`,
      EXIT.usage,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliFailure('invalid_input', `--from: ${path} is not JSON`, EXIT.usage);
  }
  const parsed = ImportFileSchema.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.');
    throw refused(domainError('invalid_input', field === '' ? undefined : field));
  }
  return parsed.data;
}

const summary = (counts: ImportCounts) =>
  `${counts.checkins} check-ins, ${counts.versions} earlier versions, ${counts.plans} plan revisions, ${counts.doses} doses, ` +
  `${counts.questionnaires} questionnaires, ${counts.events} events, ${counts.ownSymptoms} own symptoms, ${counts.pins} pins`;

/** `taper import`: what POST /api/v1/import does (the same check, the same merge), for an operator helping someone move. */
export function importCommand(deps: CliDeps): Command {
  return new Command('import')
    .description("merge an export file (docs/export-format.md) into one person's records; nothing is replaced")
    .requiredOption('--email <email>', 'the account to merge into')
    .requiredOption('--from <file>', 'the export file')
    .action(async (options: ImportOptions) => {
      const file = readFile(options.from);
      const now = deps.now();
      const checked = checkImport(file, now);
      if (!checked.ok) throw refused(checked.error);
      const database = await openDatabase(deps.database);
      try {
        await migrateToLatest(database);
        const store = createStore(database.db);
        const user = await accountByEmail(store, options.email);
        const merged = await store.importFile(user.id, checked.value, {
          now: now.toISOString(),
          newId: deps.newId ?? randomUUID,
        });
        if (!merged.ok) throw refused(merged.error);
        const { added, merged: days, unchanged } = merged.value;
        deps.out(
          `Imported into ${options.email}.\nAdded: ${summary(added)}.\n` +
            `Days merged (the later edit kept, the other as a version): ${days.checkins}.\n` +
            `Already there: ${summary(unchanged)}.\n`,
        );
      } finally {
        await database.close();
      }
    });
}
