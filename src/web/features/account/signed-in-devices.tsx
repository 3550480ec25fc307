import { useEffect, useState } from 'preact/hooks';
import type { SessionInfo } from '../../../api/schemas.js';
import { calendarDaysBefore } from '../../dates.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { useSession } from '../../session/session.js';

interface Props {
  /** Changes when the list may be out of date (after a password change ended the other sessions). */
  readonly refresh: number;
}

type Moment = 'signedIn' | 'lastUsed';
const IDS = {
  signedIn: ['account.signedInToday', 'account.signedInYesterday', 'account.signedInOn'],
  lastUsed: ['account.lastUsedToday', 'account.lastUsedYesterday', 'account.lastUsedOn'],
} as const;

/** "Signed in today at 21:15", "… yesterday at …", "… on 30 Nov 2026 at …": one whole sentence per case. */
function when({ t, f }: Pick<I18n, 't' | 'f'>, moment: Moment, at: { iso: string; now: Date }): string {
  const [today, yesterday, on] = IDS[moment];
  const daysAgo = calendarDaysBefore(new Date(at.iso), at.now);
  const time = f.time(at.iso);
  if (daysAgo <= 0) return t(today, { time });
  if (daysAgo === 1) return t(yesterday, { time });
  return t(on, { day: f.dayOf(at.iso), time });
}

/** The person's sessions, this one marked; each other one can be ended, or all of them at once. */
export function SignedInDevices({ refresh }: Props) {
  const describeFailure = useDescribeFailure();
  const i18n = useI18n();
  const { t } = i18n;
  const { calls, leave } = useSession();
  const [sessions, setSessions] = useState<readonly SessionInfo[] | undefined>(undefined);
  const [loadError, setLoadError] = useState('');
  const [ending, setEnding] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');

  async function load() {
    const result = await calls.sessions();
    if (result.ok) {
      setSessions(result.value.sessions);
      setLoadError('');
    } else setLoadError(t('account.devicesFailed', { reason: describeFailure(result.error) }));
  }

  useEffect(() => void load(), [refresh]);

  async function end(session: SessionInfo) {
    if (ending !== undefined) return;
    setEnding(session.id);
    setStatus(t('account.working'));
    const result = await calls.endSession(session.id);
    setEnding(undefined);
    if (result.ok || result.error.code === 'not_found') {
      // Gone either way (a session that ended by itself is simply no longer listed).
      setSessions((shown) => shown?.filter((s) => s.id !== session.id));
      setStatus(t('account.sessionEnded', { device: session.device }));
    } else setStatus(describeFailure(result.error));
  }

  async function everywhere() {
    if (ending !== undefined) return;
    setEnding('all');
    setStatus(t('account.working'));
    const failure = await leave({ call: calls.logoutAll, notice: t('account.everywhereDone') });
    if (!failure) return; // this screen is gone: the app is back at sign-in
    setEnding(undefined);
    setStatus(describeFailure(failure));
  }

  const now = new Date();
  const others = sessions?.filter((s) => !s.current).length ?? 0;
  return (
    <section class="panel account-section" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('account.devicesHeading')}</h2>
      <p>{t('account.devicesIntro')}</p>
      {sessions === undefined && !loadError && <p>{t('account.devicesLoading')}</p>}
      {loadError && <p class="notice">{loadError}</p>}
      {sessions && (
        <ul class="devices" data-testid="devices">
          {sessions.map((s) => (
            <li key={s.id} class="device">
              <p class="device__name">
                {s.device}
                {s.current && <span class="device__here"> · {t('account.thisDevice')}</span>}
              </p>
              <p class="device__when">{when(i18n, 'signedIn', { iso: s.createdAt, now })}</p>
              <p class="device__when">{when(i18n, 'lastUsed', { iso: s.lastUsedAt, now })}</p>
              {!s.current && (
                <button
                  type="button"
                  class="button"
                  aria-label={t('account.endSessionLabel', { device: s.device })}
                  aria-disabled={ending !== undefined ? 'true' : undefined}
                  onClick={() => void end(s)}
                >
                  {ending === s.id ? t('account.endingSession') : t('account.endSession')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {sessions && <p>{t('account.otherDevices', { count: others })}</p>}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <p class="hint" id="everywhere-hint">
        {t('account.everywhereHint')}
      </p>
      <button
        type="button"
        class="button"
        aria-describedby="everywhere-hint"
        aria-disabled={ending !== undefined ? 'true' : undefined}
        onClick={() => void everywhere()}
      >
        {t('account.everywhereButton')}
      </button>
    </section>
  );
}
