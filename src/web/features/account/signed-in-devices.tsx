import { useEffect, useState } from 'preact/hooks';
import type { SessionInfo } from '../../../api/schemas.js';
import { calendarDaysBefore } from '../../dates.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { accountText } from './messages.js';
import { useSession } from '../../session/session.js';

interface Props {
  /** Changes when the list may be out of date (after a password change ended the other sessions). */
  readonly refresh: number;
}

const t = accountText;

function when(iso: string, now: Date): string {
  const then = new Date(iso);
  return t.when(then, calendarDaysBefore(then, now));
}

/** The person's sessions, this one marked; each other one can be ended, or all of them at once. */
export function SignedInDevices({ refresh }: Props) {
  const describeFailure = useDescribeFailure();
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
    } else setLoadError(t.devicesFailed(describeFailure(result.error)));
  }

  useEffect(() => void load(), [refresh]);

  async function end(session: SessionInfo) {
    if (ending !== undefined) return;
    setEnding(session.id);
    setStatus(t.working);
    const result = await calls.endSession(session.id);
    setEnding(undefined);
    if (result.ok || result.error.code === 'not_found') {
      // Gone either way (a session that ended by itself is simply no longer listed).
      setSessions((shown) => shown?.filter((s) => s.id !== session.id));
      setStatus(t.sessionEnded(session.device));
    } else setStatus(describeFailure(result.error));
  }

  async function everywhere() {
    if (ending !== undefined) return;
    setEnding('all');
    setStatus(t.working);
    const failure = await leave({ call: calls.logoutAll, notice: t.everywhereDone });
    if (!failure) return; // this screen is gone: the app is back at sign-in
    setEnding(undefined);
    setStatus(describeFailure(failure));
  }

  const now = new Date();
  const others = sessions?.filter((s) => !s.current).length ?? 0;
  return (
    <section class="panel account-section" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t.devicesHeading}</h2>
      <p>{t.devicesIntro}</p>
      {sessions === undefined && !loadError && <p>{t.devicesLoading}</p>}
      {loadError && <p class="notice">{loadError}</p>}
      {sessions && (
        <ul class="devices" data-testid="devices">
          {sessions.map((s) => (
            <li key={s.id} class="device">
              <p class="device__name">
                {s.device}
                {s.current && <span class="device__here"> · {t.thisDevice}</span>}
              </p>
              <p class="device__when">{t.signedInWhen(when(s.createdAt, now))}</p>
              <p class="device__when">{t.lastUsedWhen(when(s.lastUsedAt, now))}</p>
              {!s.current && (
                <button
                  type="button"
                  class="button"
                  aria-label={t.endSessionLabel(s.device)}
                  aria-disabled={ending !== undefined ? 'true' : undefined}
                  onClick={() => void end(s)}
                >
                  {ending === s.id ? t.endingSession : t.endSession}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {sessions && others === 0 && <p>{t.noOtherDevices}</p>}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <p class="hint" id="everywhere-hint">
        {t.everywhereHint}
      </p>
      <button
        type="button"
        class="button"
        aria-describedby="everywhere-hint"
        aria-disabled={ending !== undefined ? 'true' : undefined}
        onClick={() => void everywhere()}
      >
        {t.everywhereButton}
      </button>
    </section>
  );
}
