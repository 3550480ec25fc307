import { useEffect, useState } from 'preact/hooks';
import { describeFailure } from '../errors.js';
import { messages } from '../messages.js';
import { records, syncer, type SyncStatus } from '../offline/index.js';
import type { OutboxEntry } from '../offline/outbox.js';

const t = messages.sync;

function describeEntry({ op }: OutboxEntry): string {
  switch (op.kind) {
    case 'checkin':
      return t.what.checkin(op.date);
    case 'dose':
      return t.what.dose(op.body.doseMg);
    case 'dose-delete':
      return t.what.doseDelete;
    case 'assessment':
      return t.what.assessment(op.view.instrument.toUpperCase());
    case 'event':
      return t.what.event;
  }
}

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
 * Says calmly what has not reached the account yet, and why. Nothing shows when all is sent and the
 * device is online. Entries the server refused stay listed until the person removes them.
 */
export function SyncStatusPanel({ signedIn }: { readonly signedIn: boolean }) {
  const [status, setStatus] = useState<SyncStatus>(syncer.status);
  const online = useOnline();
  useEffect(() => syncer.subscribe(setStatus), []);

  const { pending, rejected } = status;
  if (online && pending === 0 && rejected.length === 0) return null;

  let line: string | undefined;
  if (!signedIn) line = pending > 0 ? t.signedOut(pending) : undefined;
  else if (!online) line = pending > 0 ? t.offlineWaiting(pending) : t.offline;
  else if (pending > 0) line = status.state === 'sending' ? t.sending(pending) : t.waiting(pending);

  return (
    <section class="sync-status stack" aria-labelledby="sync-heading" data-testid="sync-status">
      <h2 id="sync-heading" class="visually-hidden">
        {t.heading}
      </h2>
      {line !== undefined && (
        <div class="sync-status__row">
          <p role="status">{line}</p>
          {signedIn && online && pending > 0 && status.state !== 'sending' && (
            <button type="button" class="button" onClick={() => void records.syncNow()}>
              {t.tryNow}
            </button>
          )}
        </div>
      )}
      {signedIn &&
        rejected.map((entry) => {
          const what = describeEntry(entry);
          const reason = entry.rejected ? describeFailure(entry.rejected) : '';
          return (
            <div class="sync-status__row" key={entry.seq}>
              <p>
                {t.rejected(what, reason)} {t.rejectedHint}
              </p>
              <button type="button" class="button" aria-label={t.discardLabel(what.toLowerCase())} onClick={() => void syncer.discard(entry.seq)}>
                {t.discard}
              </button>
            </div>
          );
        })}
    </section>
  );
}
