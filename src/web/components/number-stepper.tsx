import { messages } from '../messages.js';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly error?: string | undefined;
  readonly lessLabel: string;
  readonly moreLabel: string;
  readonly onLess: () => void;
  readonly onMore: () => void;
  readonly onInput: (value: string) => void;
}

/** A number field with big −/+ buttons either side; typing works too. No sliders. */
export function NumberStepper({ id, label, hint, value, error, lessLabel, moreLabel, onLess, onMore, onInput }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div class="stepper">
        <button type="button" class="button stepper__button" aria-label={lessLabel} onClick={onLess}>
          <span aria-hidden="true">{messages.plan.less}</span>
        </button>
        <input
          id={id}
          class="input stepper__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <button type="button" class="button stepper__button" aria-label={moreLabel} onClick={onMore}>
          <span aria-hidden="true">{messages.plan.more}</span>
        </button>
      </div>
    </div>
  );
}
