import { describedBy, FieldFrame } from './field-frame.js';

/** Signs, not words (the same in every language); each button is named by its label, read aloud instead. */
const LESS = '−';
const MORE = '+';

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
  const described = describedBy(id, hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <div class="stepper">
        <button type="button" class="button stepper__button" aria-label={lessLabel} onClick={onLess}>
          <span aria-hidden="true">{LESS}</span>
        </button>
        <input
          id={id}
          class="input stepper__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <button type="button" class="button stepper__button" aria-label={moreLabel} onClick={onMore}>
          <span aria-hidden="true">{MORE}</span>
        </button>
      </div>
    </FieldFrame>
  );
}
