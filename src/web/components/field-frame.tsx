import type { ComponentChildren } from 'preact';

interface FrameProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly children: ComponentChildren;
}

/** The ids a control points at with aria-describedby: its error first, then its hint. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [error ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ') || undefined;
}

/** Label, hint and error around one form control, the same way for every field. */
export function FieldFrame({ id, label, hint, error, children }: FrameProps) {
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
