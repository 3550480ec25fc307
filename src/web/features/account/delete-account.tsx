import { useState } from 'preact/hooks';
import { useDescribeFailure, withField } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TextField } from '../../components/text-field.js';
import { useSession } from '../../session/session.js';

/**
 * Erasing the account, in two deliberate steps and no modal a tremor could tap through: the person types their
 * password, and only then does the button that deletes appear, saying exactly what it does.
 */
export function DeleteAccountSection() {
  const describeFailure = useDescribeFailure();
  const i18n = useI18n();
  const { t } = i18n;
  const { calls, leave } = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (password === '') {
      setError(withField(i18n.t, t('account.deletePassword'), t('account.passwordMissing')));
      document.getElementById('delete-password')?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    setStatus(t('account.deleting'));
    const failure = await leave({
      call: () => calls.deleteAccount({ password }),
      erase: true,
      notice: t('account.deleted'),
    });
    if (!failure) return; // erased: the app is back at sign-in
    setBusy(false);
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
      <h2 id="delete-heading">{t('account.deleteHeading')}</h2>
      <p>{t('account.deleteWhat')}</p>
      <p>{t('account.deleteDevice')}</p>
      <p>{t('account.deleteCopy')}</p>
      <form class="stack" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="delete-password"
          label={t('account.deletePassword')}
          type="password"
          autoComplete="current-password"
          hint={t('account.deletePasswordHint')}
          value={password}
          error={error}
          onInput={setPassword}
        />
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        {password !== '' && (
          <button type="submit" class="button button--erase" aria-disabled={busy ? 'true' : undefined}>
            {busy ? t('account.deleting') : t('account.deleteButton')}
          </button>
        )}
      </form>
    </section>
  );
}
