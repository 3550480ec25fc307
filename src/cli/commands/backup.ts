import { Command } from 'commander';
import {
  BackupRefusal,
  backupSqlite,
  migrateToLatest,
  openDatabase,
  restoreSqlite,
  type DatabaseConfig,
} from '../../storage/index.js';
import { CliFailure, EXIT, type CliDeps } from '../program.js';

function sqliteFile(database: DatabaseConfig, tool: string): string {
  if (database.kind === 'sqlite') return database.file;
  throw new CliFailure('unsupported', `this server uses PostgreSQL: use ${tool} instead (see the README)`, EXIT.failed);
}

async function refusalsAsFailures<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupRefusal) throw new CliFailure(error.code, error.message, EXIT.failed);
    throw error;
  }
}

export function backupCommand(deps: CliDeps): Command {
  return new Command('backup')
    .description('copy the SQLite database to a new file; safe while the server runs')
    .requiredOption('--out <file>', 'the new file (never overwritten)')
    .option('--json', 'print JSON')
    .action(async (options: { readonly out: string; readonly json?: boolean }) => {
      const file = sqliteFile(deps.database, 'pg_dump');
      const { pages } = await refusalsAsFailures(() => backupSqlite(file, options.out));
      deps.out(
        options.json
          ? `${JSON.stringify({ database: file, out: options.out, pages })}\n`
          : `Backed up ${file} to ${options.out} (${pages} pages).\n`,
      );
    });
}

export function restoreCommand(deps: CliDeps): Command {
  return new Command('restore')
    .description('fill an empty SQLite database from a backup, then migrate it (stop the server first)')
    .requiredOption('--from <file>', 'a backup made by taper backup')
    .option('--json', 'print JSON')
    .action(async (options: { readonly from: string; readonly json?: boolean }) => {
      const file = sqliteFile(deps.database, 'pg_restore');
      await refusalsAsFailures(() => restoreSqlite(options.from, file));
      const database = await openDatabase(deps.database);
      try {
        const applied = await migrateToLatest(database);
        const row = await database.db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst();
        const accounts = row?.n ?? 0;
        const migrated = applied.length === 0 ? '' : ` and migrated it (${applied.join(', ')})`;
        deps.out(
          options.json
            ? `${JSON.stringify({ database: file, from: options.from, applied, accounts })}\n`
            : `Restored ${options.from} into ${file}${migrated}: ${accounts} account${accounts === 1 ? '' : 's'}.\n`,
        );
      } finally {
        await database.close();
      }
    });
}
