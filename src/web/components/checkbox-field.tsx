interface Props {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A big checkbox whose whole row is the label. */
export function CheckboxField({ id, label, checked, onChange }: Props) {
  return (
    <div class="check">
      <label class="check__label" for={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
        <span>{label}</span>
      </label>
    </div>
  );
}
