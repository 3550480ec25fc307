import type { ComponentChildren } from 'preact';

export interface RadioCard<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
  /** Extra lines under the hint, e.g. sources. */
  readonly detail?: ComponentChildren;
}

interface Props<T extends string> {
  readonly name: string;
  readonly legend: string;
  readonly intro?: string;
  readonly value: T | '';
  readonly cards: readonly RadioCard<T>[];
  readonly error?: string | undefined;
  readonly compact?: boolean;
  readonly onChange: (value: T) => void;
}

/** Real radios in big bordered cards; the chosen card has a thick border and bold text. */
export function RadioCards<T extends string>({
  name,
  legend,
  intro,
  value,
  cards,
  error,
  compact,
  onChange,
}: Props<T>) {
  const errorId = error ? `${name}-error` : undefined;
  const introId = intro ? `${name}-intro` : undefined;
  return (
    <fieldset class="cards" aria-describedby={[errorId, introId].filter(Boolean).join(' ') || undefined}>
      <legend class="cards__legend">{legend}</legend>
      {intro && (
        <p class="hint" id={introId}>
          {intro}
        </p>
      )}
      {error && (
        <p class="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div class={compact ? 'cards__list cards__list--row' : 'cards__list'}>
        {cards.map((card) => {
          const id = `${name}-${card.value}`;
          const hintId = card.hint || card.detail ? `${id}-hint` : undefined;
          return (
            <div class="card-choice" key={card.value}>
              <label class="card-choice__label" for={id}>
                <input
                  id={id}
                  type="radio"
                  name={name}
                  value={card.value}
                  checked={value === card.value}
                  aria-describedby={hintId}
                  onChange={() => onChange(card.value)}
                />
                <span>{card.label}</span>
              </label>
              {hintId && (
                <div class="card-choice__hint hint" id={hintId}>
                  {card.hint && <p>{card.hint}</p>}
                  {card.detail}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
