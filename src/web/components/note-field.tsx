import { MAX_NOTE_LENGTH } from '../../core/checkin-limits.js';
import { messages } from '../messages.js';

interface Props {
  readonly value: string;
  readonly error: string | undefined;
  readonly onInput: (value: string) => void;
}

const t = messages.today;

/** The free-text note, with a quiet character counter (not announced on every keystroke). */
export function NoteField({ value, error, onInput }: Props) {
  const describedBy = [error ? 'note-error' : '', 'note-hint', 'note-counter'].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label class="field__label" for="note">
        {t.noteLabel}
      </label>
      <p class="hint" id="note-hint">
        {t.noteHint}
      </p>
      {error && (
        <p class="field__error" id="note-error">
          {error}
        </p>
      )}
      <textarea
        id="note"
        class="input textarea"
        rows={4}
        maxLength={MAX_NOTE_LENGTH}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p class="hint counter" id="note-counter">
        {t.noteCounter(value.length, MAX_NOTE_LENGTH)}
      </p>
    </div>
  );
}
