/**
 * A link to urgent help (Today's "Something serious happened" panel, whose buttons open the guidance and calling
 * links). On Today it moves there at once; from another screen it opens Today at the panel (`#/urgent-help`, which
 * names no screen of its own, so the app shows Today and Today calls `focusUrgentHelp`).
 */
export const URGENT_HELP_HASH = '#/urgent-help';

/** Scrolls to the panel and focuses its first button; false when the panel is not on screen. */
export function focusUrgentHelp(): boolean {
  const heading = document.getElementById('serious-heading');
  if (!heading) return false;
  heading.scrollIntoView();
  document.querySelector<HTMLButtonElement>('#serious button')?.focus();
  return true;
}

export function UrgentHelpLink({ label }: { readonly label: string }) {
  return (
    <a
      class="button button--serious"
      href={URGENT_HELP_HASH}
      onClick={(event) => {
        if (focusUrgentHelp()) event.preventDefault();
      }}
    >
      {label}
    </a>
  );
}
