/**
 * The `taper` command line: a thin shell over core and storage for people who host the server.
 * Built from its dependencies so tests can run it in-process; main.ts supplies the real ones.
 */
import { Command, CommanderError } from 'commander';
import type { DatabaseConfig } from '../storage/index.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { checkinsCommand } from './commands/checkins.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { migrateCommand } from './commands/migrate.js';
import { planCommand, titrateCommand } from './commands/plan.js';
import { scoreCommand } from './commands/score.js';

export interface CliDeps {
  readonly database: DatabaseConfig;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The clock (main.ts gives the real one): an export is stamped with it. */
  readonly now: () => Date;
  /** New row ids; random UUIDs unless a test passes its own. */
  readonly newId?: () => string;
}

/** Exit codes: 0 done, 1 the thing asked for does not exist or failed, 2 the command was used wrongly. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure the user can act on: printed as one line (or JSON with --json), never as a stack trace. */
export class CliFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export function buildProgram(deps: CliDeps): Command {
  const program = new Command('taper')
    .description(
      'Taper Companion: plan, track and understand a benzodiazepine taper.\nEducational, not medical advice.',
    )
    .configureOutput({ writeOut: deps.out, writeErr: deps.err })
    .exitOverride()
    .showHelpAfterError('(run taper --help for usage)');
  program.addCommand(migrateCommand(deps));
  program.addCommand(checkinsCommand(deps));
  program.addCommand(exportCommand(deps));
  program.addCommand(importCommand(deps));
  program.addCommand(planCommand(deps));
  program.addCommand(titrateCommand(deps));
  program.addCommand(scoreCommand(deps));
  program.addCommand(backupCommand(deps));
  program.addCommand(restoreCommand(deps));
  // Subcommands built on their own do not inherit these settings; without them commander would exit the process itself.
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({ writeOut: deps.out, writeErr: deps.err });
    command.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/** Runs the CLI and resolves to its exit code; it never throws for bad input. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const program = buildProgram(deps);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliFailure) {
      const json = argv.includes('--json');
      if (json) deps.out(`${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`);
      else deps.err(`taper: ${error.message}\n`);
      return error.exitCode;
    }
    deps.err(`taper: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
