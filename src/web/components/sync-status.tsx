import { useEffect, useState } from 'preact/hooks';
import { useI18n, useWords } from '../i18n/i18n-context.js';
import { useLazyPart } from '../use-lazy-part.js';
import type { OutboxEntry } from '../data/outbox.js';
import type { SyncStatus } from '../data/sync.js';
import { useRecords } from '../data/web-data-context.js';

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/**
 * Says calmly what has not reached the account yet, and why: only when it matters (offline, after a try
 * that had to wait, signed out with entries waiting, or a refusal), never for the moment every save takes
 * to send. The wording stays put while the app retries, so screen readers are not told the same thing again.
 */
export function SyncStatusPanel({
  signedIn,
  paused = false,
}: {
  readonly signedIn: boolean;
  readonly paused?: boolean;
}) {
  const { t } = useI18n();
  const records = useRecords();
  const [status, setStatus] = useState<SyncStatus>(records.status);
  const online = useOnline();
  useEffect(() => records.subscribe(setStatus), [records]);

  const { pending, rejected, troubled } = status;
  let line: string | undefined;
  if (!signedIn) line = pending > 0 ? t('sync.signedOut', { count: pending }) : undefined;
  else if (!online) line = pending > 0 ? t('sync.offlineWaiting', { count: pending }) : t('sync.offline');
  else if (troubled && pending > 0 && !paused) line = t('sync.troubled', { count: pending });
  const refused = signedIn ? rejected : [];
  // A refusal is rare: its part and words load only when there is one (a questionnaire's in its own words too).
  const Refused = useLazyPart(
    () => import('../features/sync-refusals/refused-entries.js').then((m) => m.RefusedEntries),
    refused.length > 0,
  );
  const worded = useWords(
    refused.some((entry) => entry.op.kind === 'assessment') ? ['syncRefusals', 'questionnaires'] : ['syncRefusals'],
    refused.length > 0,
  );
  if (line === undefined && refused.length === 0) return null;

  function discard(entry: OutboxEntry) {
    void records.discard(entry.seq).then(() => document.getElementById('main')?.focus());
  }

  return (
    <section class="sync-status stack" aria-label={t('sync.heading')} data-testid="sync-status">
      {line !== undefined && (
        <div class="sync-status__row">
          <p role="status">{line}</p>
          {signedIn && online && troubled && pending > 0 && (
            <button type="button" class="button" onClick={() => void records.syncNow()}>
              {t('sync.tryNow')}
            </button>
          )}
        </div>
      )}
      {refused.length > 0 && Refused && worded && <Refused entries={refused} onDiscard={discard} />}
    </section>
  );
}
