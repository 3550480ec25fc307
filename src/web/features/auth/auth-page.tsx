import { useState } from 'preact/hooks';
import type { Account, RedFlagView } from '../../../api/schemas.js';
import { checkFields, useDescribeFailure, withField } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { passwordProblem } from '../../password-check.js';
import { TextField } from '../../components/text-field.js';
import { RedFlagSection } from '../../components/red-flag-section.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { useSession } from '../../session/session.js';

interface Props {
  /**
   * `welcome` is said once signed in (sign-up that opened the existing account); `newAccount` only when a sign-up
   * made a new account (the first run then begins).
   */
  readonly onSignedIn: (account: Account, arrival: Arrival) => void;
  readonly redFlags: readonly RedFlagView[];
  readonly onRedFlag: (flag: RedFlagView) => void;
  readonly notice: string | undefined;
}

export interface Arrival {
  readonly welcome?: string;
  readonly newAccount: boolean;
}

type Mode = 'sign-in' | 'sign-up';
type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** Sign in or create an account: one form, two modes. */
export function AuthPage({ onSignedIn, redFlags, onRedFlag, notice }: Props) {
  const describeFailure = useDescribeFailure();
  const i18n = useI18n();
  const { t } = i18n;
  const { calls } = useSession();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [mode, setMode] = useState<Mode>('sign-in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  function switchMode() {
    setMode(mode === 'sign-in' ? 'sign-up' : 'sign-in');
    setErrors({});
    setStatus('');
    heading.current?.focus();
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const missing: FieldErrors = {};
    if (email.trim() === '') missing.email = withField(t, t('auth.email'), t('error.emailMissing'));
    // Signing up, core's password rule is checked here first, so what is wrong shows without a round trip.
    if (mode === 'sign-up') {
      const weak = passwordProblem(t, password, { email, name: t('auth.password') });
      if (weak) missing.password = weak;
    } else if (password === '') {
      missing.password = withField(t, t('auth.password'), t('invalid.passwordMissing'));
    }
    if (missing.email || missing.password) {
      setErrors(missing);
      setStatus(
        checkFields(
          i18n,
          [missing.email ? t('auth.email') : '', missing.password ? t('auth.password') : ''].filter(Boolean),
        ),
      );
      document.getElementById(missing.email ? 'email' : 'password')?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    setStatus(t('auth.working'));
    const credentials = { email: email.trim(), password };
    const result = mode === 'sign-up' ? await calls.signup(credentials) : await calls.login(credentials);
    setBusy(false);
    if (result.ok) {
      setStatus('');
      const { id, email: address, createdAt } = result.value;
      const existing = 'existingAccount' in result.value && result.value.existingAccount;
      onSignedIn(
        { id, email: address, createdAt },
        existing ? { welcome: t('auth.welcomeBack'), newAccount: false } : { newAccount: mode === 'sign-up' },
      );
      return;
    }
    const text = describeFailure(result.error);
    const field = result.error.field;
    if (field === 'email' || field === 'password') {
      setErrors({ [field]: text });
      setStatus(checkFields(i18n, [t(field === 'email' ? 'auth.email' : 'auth.password')]));
      document.getElementById(field)?.focus();
    } else {
      setStatus(text);
    }
  }

  const signUp = mode === 'sign-up';
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {signUp ? t('auth.signUpTitle') : t('auth.signInTitle')}
      </h1>
      {notice && <p class="notice">{notice}</p>}
      <p>{t('auth.intro')}</p>
      {signUp && (
        <div class="notice signup-note">
          <p class="switch switch--top">
            <span>{t('auth.switchPromptSignUp')}</span>{' '}
            <button type="button" class="button" onClick={switchMode}>
              {t('auth.switchToSignIn')}
            </button>
          </p>
          <p>{t('auth.signUpSameAgain')}</p>
        </div>
      )}
      <p class="educational">{t('app.educational')}</p>
      <form class="stack" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="email"
          label={t('auth.email')}
          type="email"
          inputMode="email"
          autoComplete={signUp ? 'email' : 'username'}
          value={email}
          error={errors.email}
          onInput={setEmail}
        />
        <TextField
          id="password"
          label={t('auth.password')}
          type="password"
          autoComplete={signUp ? 'new-password' : 'current-password'}
          value={password}
          error={errors.password}
          onInput={setPassword}
          {...(signUp ? { hint: t('password.rules') } : {})}
        />
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        <button type="submit" class="button button--primary" aria-disabled={busy ? 'true' : undefined}>
          {signUp ? t('auth.signUpButton') : t('auth.signInButton')}
        </button>
      </form>
      {!signUp && (
        <p class="switch">
          <span>{t('auth.switchPromptSignIn')}</span>{' '}
          <button type="button" class="button button--quiet" onClick={switchMode}>
            {t('auth.switchToSignUp')}
          </button>
        </p>
      )}
      <RedFlagSection flags={redFlags} onSelect={onRedFlag} />
    </>
  );
}
