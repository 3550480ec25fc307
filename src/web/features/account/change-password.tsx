import { useState } from 'preact/hooks';
import { checkFields, useDescribeFailure, withField } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { passwordProblem } from '../../password-check.js';
import { TextField } from '../../components/text-field.js';
import { useSession } from '../../session/session.js';

interface Props {
  readonly email: string;
  /** The password changed: every other session has ended. */
  readonly onChanged: () => void;
}

type Field = 'currentPassword' | 'newPassword';
type Errors = Partial<Record<Field, string>>;

const IDS: Readonly<Record<Field, string>> = { currentPassword: 'current-password', newPassword: 'new-password' };
const NAMES = { currentPassword: 'account.currentPassword', newPassword: 'account.newPassword' } as const;

/** Current and new password; the rules show before typing and are checked on the device before sending. */
export function ChangePasswordSection({ email, onChanged }: Props) {
  const describeFailure = useDescribeFailure();
  const i18n = useI18n();
  const { t } = i18n;
  const { calls } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  // Once a try was refused for its shape, the new password's problem follows the typing, so fixing it shows.
  const [checking, setChecking] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  function showErrors(found: Errors) {
    const fields = (Object.keys(IDS) as Field[]).filter((f) => found[f] !== undefined);
    setErrors(found);
    setStatus(
      checkFields(
        i18n,
        fields.map((f) => t(NAMES[f])),
      ),
    );
    if (fields[0]) document.getElementById(IDS[fields[0]])?.focus();
  }

  function typeNew(value: string) {
    setNext(value);
    if (!checking) return;
    const problem =
      value === '' ? undefined : passwordProblem(i18n.t, value, { email, name: t('account.newPassword') });
    setErrors(({ currentPassword }) => ({
      ...(currentPassword ? { currentPassword } : {}),
      ...(problem ? { newPassword: problem } : {}),
    }));
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const found: Errors = {};
    if (current === '')
      found.currentPassword = withField(i18n.t, t('account.currentPassword'), t('account.passwordMissing'));
    const weak = passwordProblem(i18n.t, next, { email, name: t('account.newPassword') });
    if (weak) found.newPassword = weak;
    if (found.currentPassword || found.newPassword) {
      setChecking(true);
      showErrors(found);
      return;
    }
    setBusy(true);
    setErrors({});
    setStatus(t('account.working'));
    const result = await calls.changePassword({ currentPassword: current, newPassword: next });
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      setNext('');
      setChecking(false);
      setStatus(t('account.changed'));
      onChanged();
      return;
    }
    const field = result.error.field;
    if (field === 'currentPassword' || field === 'newPassword') showErrors({ [field]: describeFailure(result.error) });
    else setStatus(describeFailure(result.error));
  }

  return (
    <section class="panel account-section" aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{t('account.changeHeading')}</h2>
      <form class="stack" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id={IDS.currentPassword}
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          error={errors.currentPassword}
          onInput={setCurrent}
        />
        <TextField
          id={IDS.newPassword}
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={i18n.t('password.rules')}
          value={next}
          error={errors.newPassword}
          onInput={typeNew}
        />
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        <button type="submit" class="button button--primary" aria-disabled={busy ? 'true' : undefined}>
          {t('account.changeButton')}
        </button>
      </form>
    </section>
  );
}
