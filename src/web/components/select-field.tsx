import { describedBy, FieldFrame } from './field-frame.js';
interface Option {
  readonly value: string;
  readonly label: string;
}

interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly error?: string | undefined;
  readonly onChange: (value: string) => void;
}

/** A labelled native select: keyboard and screen-reader friendly by default. */
export function SelectField({ id, label, hint, value, options, error, onChange }: Props) {
  const described = describedBy(id, hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        class="input select"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
