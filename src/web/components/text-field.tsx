import { describedBy, FieldFrame } from './field-frame.js';
interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly type?: 'text' | 'email' | 'password';
  readonly inputMode?: 'text' | 'email' | 'decimal' | 'numeric';
  readonly autoComplete?: string;
}

/** A labelled single-line input with an optional hint and an error that names what to fix. */
export function TextField({
  id,
  label,
  value,
  onInput,
  hint,
  error,
  type = 'text',
  inputMode = 'text',
  autoComplete = 'off',
}: Props) {
  const described = describedBy(id, hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        class="input"
        // Preact's JSX types narrow <input> by a single literal type; tsc rejects the union without this.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        type={type as 'text'}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </FieldFrame>
  );
}
