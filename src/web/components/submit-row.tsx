/**
 * A form's submit button with its status line beside it: the line is polite and live, so what became of the tap
 * ("Saving…", "Saved", a reason) is read out once, where the eyes already are.
 */
interface Props {
  readonly label: string;
  readonly status: string;
  /** The main action of the screen (filled button); a secondary form's is outlined. */
  readonly primary?: boolean;
  /** While a submit is on its way: the button stays focusable but says it is not available. */
  readonly busy?: boolean;
  readonly statusTestId?: string;
}

export function SubmitRow({ label, status, primary = true, busy = false, statusTestId }: Props) {
  return (
    <div class="save-row">
      <button
        type="submit"
        class={primary ? 'button button--primary' : 'button'}
        aria-disabled={busy ? 'true' : undefined}
      >
        {label}
      </button>
      <p class="status" role="status" aria-live="polite" data-testid={statusTestId}>
        {status}
      </p>
    </div>
  );
}
