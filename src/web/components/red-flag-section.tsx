import type { RedFlagView } from '../../api/schemas.js';
import { messages } from '../messages.js';

interface Props {
  readonly flags: readonly RedFlagView[];
  readonly onSelect: (flag: RedFlagView) => void;
}

/** The "Something serious happened" panel: distinct but calm; one plain button per red flag. */
export function RedFlagSection({ flags, onSelect }: Props) {
  return (
    <section class="serious" id="serious" aria-labelledby="serious-heading">
      <h2 id="serious-heading">{messages.serious.heading}</h2>
      <p>{messages.serious.intro}</p>
      <ul class="serious__list">
        {flags.map((flag) => (
          <li key={flag.kind}>
            <button type="button" class="button button--serious" onClick={() => onSelect(flag)}>
              {flag.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
