import { Command } from 'commander';
import { describeCheckin, isCalendarDate } from '../../core/index.js';
import { createStore, migrateToLatest, openDatabase } from '../../storage/index.js';
import { accountByEmail } from '../account-by-email.js';
import { CliFailure, EXIT, type CliDeps } from '../program.js';
import { formatTable } from '../table.js';

interface ListOptions {
  readonly email: string;
  readonly from?: string;
  readonly to?: string;
  readonly json?: boolean;
}

function checkDate(name: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new CliFailure(
      'invalid_input',
      `--${name} must be a real calendar date written YYYY-MM-DD (got "${value}")`,
      EXIT.usage,
    );
  }
}

export function checkinsCommand(deps: CliDeps): Command {
  const checkins = new Command('checkins').description('read the daily check-ins stored on this server');
  checkins
    .command('list')
    .description("list one person's check-ins, newest first")
    .requiredOption('--email <email>', 'the account to read')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--json', 'print JSON, as the API does')
    .action(async (options: ListOptions) => {
      checkDate('from', options.from);
      checkDate('to', options.to);
      const database = await openDatabase(deps.database);
      try {
        await migrateToLatest(database);
        const store = createStore(database.db);
        const user = await accountByEmail(store, options.email);
        const list = await store.checkins.list(user.id, { from: options.from, to: options.to });
        const views = list.map((c) => ({ ...describeCheckin(c), updatedAt: c.updatedAt }));
        if (options.json) {
          deps.out(`${JSON.stringify({ checkins: views }, null, 2)}\n`);
          return;
        }
        if (views.length === 0) {
          deps.out('No check-ins.\n');
          return;
        }
        const rows = views.map((c) => {
          const rated = Object.entries(c.symptoms).filter(([, s]) => s > 0);
          return [
            c.date,
            rated.length === 0 ? '-' : rated.map(([id, s]) => `${id}:${s}`).join(' '),
            c.sleepHours === null ? '-' : `${c.sleepHours} h`,
            c.doseMg === null ? '-' : `${c.doseMg} mg`,
            c.note.length > 40 ? `${c.note.slice(0, 39)}…` : c.note,
          ];
        });
        deps.out(`${formatTable([['date', 'symptoms (0-3)', 'sleep', 'dose', 'note'], ...rows])}\n`);
      } finally {
        await database.close();
      }
    });
  return checkins;
}
