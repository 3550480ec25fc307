import { useEffect, useState } from 'preact/hooks';
import { isSeverity, type Severity } from '../../core/index.js';
import { useDescribeFailure } from '../describe-failure.js';
import { messages } from '../messages.js';
import { medicineName } from '../features/plan/plan-form.js';
import type { OutboxEntry } from '../data/outbox.js';
import type { SyncStatus } from '../data/sync.js';
import { useRecords } from '../data/web-data-context.js';

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
    case 'event-delete':
      return t.what.eventDelete;
  }
}

/** What the refused entry holds, so the person can note it before removing it. */
function entryContent({ op }: OutboxEntry): string {
  const h = messages.history;
  switch (op.kind) {
    case 'checkin': {
      const ratings = Object.values(op.body.symptoms ?? {}).filter(isSeverity);
      const highest = ratings.length ? (Math.max(...ratings) as Severity) : undefined;
      const note = op.body.note ? ` ${h.note(op.body.note)}` : '';
      return `${h.symptomsLine(ratings.length, highest)} ${h.sleepAndDose(op.body.sleepHours ?? null, op.body.doseMg ?? null)}${note}`;
    }
    case 'dose':
      return `${messages.dose.line(op.body.medicationId ? messages.dose.named(medicineName(op.body.medicationId), op.body.doseMg) : messages.dose.amount(op.body.doseMg), op.body.takenAt, op.body.form ?? null)}${op.body.note ? `. ${op.body.note}` : ''}`;
    case 'assessment':
      return messages.questionnaires.pastLine(op.view.date, op.view.score, op.view.maxScore, op.view.bandLabel);
    case 'event':
      return t.eventContent(op.body.kind, op.body.occurredAt);
    case 'dose-delete':
    case 'event-delete':
      return '';
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
  const describeFailure = useDescribeFailure();
  const records = useRecords();
  const [status, setStatus] = useState<SyncStatus>(records.status);
  const online = useOnline();
  useEffect(() => records.subscribe(setStatus), [records]);

  const { pending, rejected, troubled } = status;
  let line: string | undefined;
  if (!signedIn) line = pending > 0 ? t.signedOut(pending) : undefined;
  else if (!online) line = pending > 0 ? t.offlineWaiting(pending) : t.offline;
  else if (troubled && pending > 0 && !paused) line = t.troubled(pending);
  const refused = signedIn ? rejected : [];
  if (line === undefined && refused.length === 0) return null;

  function discard(entry: OutboxEntry) {
    void records.discard(entry.seq).then(() => document.getElementById('main')?.focus());
  }

  return (
    <section class="sync-status stack" aria-label={t.heading} data-testid="sync-status">
      {line !== undefined && (
        <div class="sync-status__row">
          <p role="status">{line}</p>
          {signedIn && online && troubled && pending > 0 && (
            <button type="button" class="button" onClick={() => void records.syncNow()}>
              {t.tryNow}
            </button>
          )}
        </div>
      )}
      {refused.map((entry) => {
        const what = describeEntry(entry);
        const content = entryContent(entry);
        return (
          <div class="sync-status__row" key={entry.seq}>
            <div class="sync-status__refused">
              <p>{t.rejected(what, entry.rejected ? describeFailure(entry.rejected) : '')}</p>
              {content && <p class="hint">{content}</p>}
              <p class="hint">{t.rejectedHint}</p>
            </div>
            <button type="button" class="button" aria-label={t.discardLabel(what)} onClick={() => discard(entry)}>
              {t.discard}
            </button>
          </div>
        );
      })}
    </section>
  );
}
