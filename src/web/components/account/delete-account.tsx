import { useState } from 'preact/hooks';
import type { ApiFailure } from '../../../api/client.js';
import { api } from '../../api.js';
import { describeFailure } from '../../errors.js';
import type { Leaving } from '../../leaving.js';
import { messages } from '../../messages.js';
import { TextField } from '../text-field.js';

interface Props {
  readonly onLeave: (leaving: Leaving) => Promise<ApiFailure | undefined>;
  readonly onSignedOut: () => void;
}

const t = messages.account;

/**
 * Erasing the account, in two deliberate steps and no modal a tremor could tap through: the person types their
 * password, and only then does the button that deletes appear, saying exactly what it does.
 */
export function DeleteAccountSection({ onLeave, onSignedOut }: Props) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (password === '') {
      setError(messages.errors.withField(t.deletePassword, t.passwordMissing));
      document.getElementById('delete-password')?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    setStatus(t.deleting);
    const failure = await onLeave({ call: () => api.deleteAccount({ password }), erase: true, notice: t.deleted });
    if (!failure) return; // erased: the app is back at sign-in
    setBusy(false);
    if (failure.code === 'unauthenticated') return onSignedOut();
    setStatus('');
    if (failure.field === 'password') {
      setError(describeFailure(failure));
      document.getElementById('delete-password')?.focus();
    } else {
      setStatus(describeFailure(failure));
    }
  }

  return (
    <section class="panel account-section account-section--erase" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t.deleteHeading}</h2>
      <p>{t.deleteWhat}</p>
      <p>{t.deleteDevice}</p>
      <p>{t.deleteCopy}</p>
      <form class="stack" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="delete-password"
          label={t.deletePassword}
          type="password"
          autoComplete="current-password"
          hint={t.deletePasswordHint}
          value={password}
          error={error}
          onInput={setPassword}
        />
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        {password !== '' && (
          <button type="submit" class="button button--erase" aria-disabled={busy ? 'true' : undefined}>
            {busy ? t.deleting : t.deleteButton}
          </button>
        )}
      </form>
    </section>
  );
}
