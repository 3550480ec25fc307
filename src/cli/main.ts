/**
 * The CLI executable: the only CLI file that reads the environment (TAPER_DB, DATABASE_URL), so it
 * opens the same database as the server started from the same folder.
 */
import { chooseDatabase } from '../storage/index.js';
import { runCli } from './program.js';

// Output piped into `head` closes early: that is the reader's choice, not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const database = chooseDatabase({ databaseUrl: process.env['DATABASE_URL'], sqliteFile: process.env['TAPER_DB'] });

process.exitCode = await runCli(process.argv.slice(2), {
  database,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => new Date(),
});
