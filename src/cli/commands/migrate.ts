import { Command } from 'commander';
import { migrateToLatest, openDatabase } from '../../storage/index.js';
import type { CliDeps } from '../program.js';

export function migrateCommand(deps: CliDeps): Command {
  return new Command('migrate')
    .description('bring the database schema up to date (the server also does this on start)')
    .action(async () => {
      const database = await openDatabase(deps.database);
      try {
        const applied = await migrateToLatest(database);
        deps.out(applied.length === 0 ? 'The database is up to date.\n' : `Applied: ${applied.join(', ')}\n`);
      } finally {
        await database.close();
      }
    });
}
