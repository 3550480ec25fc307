/** One answer from a few, as a row of big buttons: which day a check-in is for, how a bad day is. */
export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface Props<T extends string> {
  /** What the row asks, for screen readers: the id of its visible heading, or the words themselves. */
  readonly question: { readonly labelledBy: string } | { readonly label: string };
  readonly choices: readonly Choice<T>[];
  readonly chosen: T | undefined;
  readonly onChoose: (value: T) => void;
  /** Buttons a row (two by default); `big` makes each taller with larger words, for a bad day. */
  readonly look?: { readonly columns?: 2 | 3; readonly big?: boolean; readonly id?: string };
}

/**
 * Buttons of at least 48 px that say which one is chosen with aria-pressed (and a thick border and bold words, so
 * never by colour alone). Each is a real button: Tab reaches it, Enter or Space chooses it, and choosing the
 * chosen one again changes nothing, so a double tap is harmless. Long words wrap inside the button.
 */
export function ChoiceButtons<T extends string>({ question, choices, chosen, onChoose, look = {} }: Props<T>) {
  const { columns = 2, big = false, id } = look;
  const named =
    'labelledBy' in question ? { 'aria-labelledby': question.labelledBy } : { 'aria-label': question.label };
  return (
    <div class={`choice-buttons choice-buttons--${columns}`} id={id} role="group" {...named}>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          class={big ? 'button choice-buttons__button choice-buttons__button--big' : 'button choice-buttons__button'}
          aria-pressed={chosen === choice.value ? 'true' : 'false'}
          onClick={() => {
            if (chosen !== choice.value) onChoose(choice.value);
          }}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
