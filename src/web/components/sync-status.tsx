import { useEffect, useState } from 'preact/hooks';
import { isSeverity, type Severity } from '../../core/index.js';
import { useDescribeFailure } from '../describe-failure.js';
import { messages } from '../messages.js';
import { useI18n, type I18n } from '../i18n/i18n-context.js';
import { medicineName } from '../features/plan/plan-steps.js';
import { pastLine } from '../features/questionnaires/past-line.js';
import type { OutboxEntry } from '../data/outbox.js';
import type { SyncStatus } from '../data/sync.js';
import { useRecords } from '../data/web-data-context.js';

function describeEntry({ t, f }: I18n, { op }: OutboxEntry): string {
  switch (op.kind) {
    case 'checkin':
      return t('sync.what.checkin', { date: f.short(op.date) });
    case 'dose':
      return t('sync.what.dose', { mg: f.mg(op.body.doseMg) });
    case 'dose-delete':
      return t('sync.what.doseDelete');
    case 'assessment':
      return t('sync.what.assessment', { name: op.view.instrument.toUpperCase() });
    case 'event':
      return t('sync.what.event');
    case 'event-delete':
      return t('sync.what.eventDelete');
  }
}

/**
 * What the refused entry holds, so the person can note it before removing it. The check-in, dose and
 * questionnaire lines are still their features' English words (src/web/messages.ts) until those move.
 */
function entryContent({ t, f }: I18n, { op }: OutboxEntry): string {
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
      return pastLine({ t, f }, op.view);
    case 'event':
      return t('sync.eventContent', {
        kind: op.body.kind.replace(/-/g, ' '),
        time: f.time(op.body.occurredAt),
        date: f.dayOf(op.body.occurredAt),
      });
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
  const i18n = useI18n();
  const { t } = i18n;
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
      {refused.map((entry) => {
        const what = describeEntry(i18n, entry);
        const content = entryContent(i18n, entry);
        return (
          <div class="sync-status__row" key={entry.seq}>
            <div class="sync-status__refused">
              <p>{t('sync.rejected', { what, reason: entry.rejected ? describeFailure(entry.rejected) : '' })}</p>
              {content && <p class="hint">{content}</p>}
              <p class="hint">{t('sync.rejectedHint')}</p>
            </div>
            <button
              type="button"
              class="button"
              aria-label={t('sync.discardLabel', { what })}
              onClick={() => discard(entry)}
            >
              {t('sync.discard')}
            </button>
          </div>
        );
      })}
    </section>
  );
}
