import { MAX_NOTE_LENGTH } from '../../../core/index.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly value: string;
  readonly error: string | undefined;
  readonly onInput: (value: string) => void;
}

/** The count appears this close to the limit, so a long note is never a surprise at Save. */
const SHOW_COUNT_WITHIN = 200;

/**
 * The free-text note. Nothing typed or pasted is ever cut: over the limit the field says by how much as the
 * person types, and Save asks them to shorten it. The count is quiet until it matters.
 */
export function NoteField({ value, error, onInput }: Props) {
  const { t } = useI18n();
  const over = value.length - MAX_NOTE_LENGTH;
  const near = MAX_NOTE_LENGTH - value.length <= SHOW_COUNT_WITHIN;
  const describedBy = [error ? 'note-error' : '', 'note-hint', near ? 'note-counter' : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label class="field__label" for="note">
        {t('today.noteLabel')}
      </label>
      <p class="hint" id="note-hint">
        {t('today.noteHint')}
      </p>
      {error && over <= 0 && (
        <p class="field__error" id="note-error">
          {error}
        </p>
      )}
      <textarea
        id="note"
        class="input textarea"
        rows={3}
        value={value}
        aria-invalid={error || over > 0 ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {near && (
        <p
          class={over > 0 ? 'field__error counter' : 'hint counter'}
          id="note-counter"
          aria-live={over > 0 ? 'polite' : 'off'}
        >
          {over > 0 ? t('today.noteOver', { over, max: MAX_NOTE_LENGTH }) : t('today.noteLeft', { left: -over })}
        </p>
      )}
    </div>
  );
}
