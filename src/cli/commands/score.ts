import { Command } from 'commander';
import { findInstrument, INSTRUMENTS, scoreInstrument } from '../../core/index.js';
import { CliFailure, EXIT, type CliDeps } from '../program.js';

interface ScoreOptions {
  readonly answers: string;
  readonly json?: boolean;
}

/** The CLI's own words for the bands the core names by id (the web's are in its catalogues). */
const BAND_WORDS: Readonly<Record<string, string>> = {
  none: 'No signs of withdrawal',
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
  'very-severe': 'Very severe',
};

/** For the severe bands: advice to talk to someone today, never a dose decision (clinical.md §5.1). */
const CONTACT_CLINICIAN =
  'This is in a severe band: please contact your prescriber or another clinician today. It is not a decision about your dose.';

export function scoreCommand(deps: CliDeps): Command {
  return new Command('score')
    .description(
      `score a questionnaire (${INSTRUMENTS.map((i) => i.id).join(', ')}); for monitoring only, never a dose decision`,
    )
    .argument('<questionnaire>', INSTRUMENTS.map((i) => i.id).join(' | '))
    .requiredOption('--answers <list>', 'comma-separated answers, one per scored item, in order')
    .option('--json', 'print JSON')
    .action((id: string, options: ScoreOptions) => {
      const instrument = findInstrument(id);
      if (!instrument)
        throw new CliFailure(
          'invalid_input',
          `unknown questionnaire "${id}" (known: ${INSTRUMENTS.map((i) => i.id).join(', ')})`,
          EXIT.usage,
        );
      const answers = options.answers.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
      const result = scoreInstrument(instrument, answers);
      if (!result.ok) {
        const index = result.error.field?.split('.')[1];
        const top = Math.max(...(instrument.items[0]?.options.map((o) => o.value) ?? [0]));
        throw new CliFailure(
          'invalid_input',
          index === undefined
            ? `--answers needs ${instrument.items.length} answers for ${instrument.shortName} (got ${answers.length})`
            : `--answers: answer ${Number(index) + 1} must be a whole number from 0 to ${top}`,
          EXIT.usage,
        );
      }
      const { score, band, maxScore, contactClinician } = result.value;
      const bandLabel = band === null ? null : (BAND_WORDS[band] ?? band);
      if (options.json) {
        deps.out(`${JSON.stringify({ score, band, contactClinician })}\n`);
        return;
      }
      deps.out(
        `${instrument.shortName}: ${score} of ${maxScore}${bandLabel ? ` (${bandLabel})` : ' (total only; no validated bands)'}\n`,
      );
      if (contactClinician) deps.out(`${CONTACT_CLINICIAN}\n`);
    });
}
