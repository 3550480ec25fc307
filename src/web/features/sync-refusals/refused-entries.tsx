/**
 * Entries the account refused, each with what it held so the person can note it before removing it from the device.
 * Its own chunk and words (locales/): a refusal is rare, and the check-in's first load stays small.
 */
import type { OutboxEntry } from '../../data/outbox.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { doseFieldLine, doseLine, sleepLine, symptomsLine } from '../../record-lines.js';
import { medicineName } from '../plan/plan-steps.js';
import { pastLine } from '../questionnaires/past-line.js';

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

interface Props {
  readonly entries: readonly OutboxEntry[];
  readonly onDiscard: (entry: OutboxEntry) => void;
}

export function RefusedEntries({ entries, onDiscard }: Props) {
  const describeFailure = useDescribeFailure();
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      {entries.map((entry) => {
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
              onClick={() => onDiscard(entry)}
            >
              {t('sync.discard')}
            </button>
          </div>
        );
      })}
    </>
  );
}
