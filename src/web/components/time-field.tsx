import type { ComponentChildren } from 'preact';
import { describedBy, FieldFrame } from './field-frame.js';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** Shown on the input's line, e.g. a Remove button, so label and error keep the full width above both. */
  readonly children?: ComponentChildren;
}

/** A labelled native time input (HH:MM): the phone's own time picker, typed entry on a keyboard, no sliders. */
export function TimeField({ id, label, value, onInput, hint, error, children }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <div class="time-field">
        <input
          id={id}
          class="input input--time"
          type="time"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        {children}
      </div>
    </FieldFrame>
  );
}
