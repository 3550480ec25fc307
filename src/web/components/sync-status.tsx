import { useEffect, useState } from 'preact/hooks';
import { useDescribeFailure } from '../describe-failure.js';
import { useI18n, useWords, type I18n } from '../i18n/i18n-context.js';
import { doseFieldLine, doseLine, sleepLine, symptomsLine } from '../record-lines.js';
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

/** What the refused entry holds, so the person can note it before removing it. */
function entryContent(i18n: I18n, { op }: OutboxEntry): string {
  const { t, f } = i18n;
  switch (op.kind) {
    case 'checkin': {
      const { body } = op;
      const lines = [
        symptomsLine(i18n, body.symptoms ?? {}),
        sleepLine(i18n, body.sleepHours ?? null),
        doseFieldLine(i18n, body.doseMg ?? null),
      ];
      return [...lines, ...(body.note ? [t('record.note', { note: body.note })] : [])].join(' ');
    }
    case 'dose': {
      const { body } = op;
      const mg = f.mg(body.doseMg);
      const what = body.medicationId ? t('today.dose.named', { medicine: medicineName(body.medicationId), mg }) : mg;
      const line = doseLine(i18n, what, { takenAt: body.takenAt, form: body.form ?? null });
      return body.note ? `${line}. ${body.note}` : line;
    }
    case 'assessment':
      return pastLine(i18n, op.view);
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
  // A refused questionnaire is told in the Questionnaires words, which load only when one is there.
  useWords(
    ['questionnaires'],
    refused.some((entry) => entry.op.kind === 'assessment'),
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
