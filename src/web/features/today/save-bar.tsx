import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly status: string;
  readonly saving: boolean;
  /** Asked above the button when a save needs an answer first (an unusual dose). */
  readonly children?: ComponentChildren;
}

/**
 * Save, always in reach: the bar sticks to the bottom of the screen while the form scrolls under it, and takes
 * its own place at the end of the form, so it never hides the last field. It leaves room for the phone's home bar.
 */
export function SaveBar({ status, saving, children }: Props) {
  const { t } = useI18n();
  return (
    <div class="save-bar" data-testid="save-bar">
      {children}
      <div class="save-bar__row">
        <button type="submit" class="button button--primary" aria-disabled={saving ? 'true' : undefined}>
          {t('today.save')}
        </button>
        <p class="status" role="status" aria-live="polite" data-testid="save-status">
          {status}
        </p>
      </div>
    </div>
  );
}
