import { useEffect, useRef, useState } from 'preact/hooks';
import { localIsoDateTime } from '../../dates.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Overall } from './bad-day.js';
import { draftToBody, type CheckinDraft } from './checkin-form.js';
import { takenOn, unloggedPlanned } from './dose-form.js';
import { totalMg } from './full-checkin.js';
import type { TodayData } from './sync-marks.js';
import type { CheckinDraftState } from './use-checkin-draft.js';
import type { DayRecords } from './use-day-records.js';

/** Saves the quick check-in: the day's note line, and the planned doses when the person says they took them. */
export interface BadDayChoice {
  readonly overall: Overall;
  readonly tookPlanned: boolean;
}

type BadDayDay = DayRecords & { readonly date: string };

export function useBadDaySave(data: TodayData, day: BadDayDay, checkin: CheckinDraftState) {
  const describeFailure = useDescribeFailure();
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const running = useRef(false);
  const oneMedicine = day.planned.length <= 1;

  useEffect(() => {
    if (day.sent === 0) return;
    void day.checkinState().then((state) => {
      if (state === 'waiting') return;
      const next = t(state === 'sent' ? 'today.badDay.saved' : 'today.refusedLater');
      setStatus((shown) => (shown === t('today.savedOnDevice') ? next : shown));
    });
  }, [day.sent]);

  /** Logs each medicine of the planned dose as itself, and only what is not logged yet; the day's dose after. */
  async function logPlanned(): Promise<{ ok: true; doseMg: string } | { ok: false; reason: string }> {
    let next = [...day.doses];
    for (const intake of unloggedPlanned(day.planned, day.doses)) {
      const logged = await data.records.logDose({
        id: crypto.randomUUID(),
        date: day.date,
        takenAt: localIsoDateTime(takenOn(day.date, data.clock())),
        medicationId: intake.medicationId,
        doseMg: intake.mg,
        form: intake.form,
      });
      if (!logged.ok) {
        day.setDoses(next);
        return { ok: false, reason: describeFailure(logged.error) };
      }
      next = [...next, logged.value.value];
    }
    day.setDoses(next);
    return { ok: true, doseMg: oneMedicine && next.length > 0 ? String(totalMg(next)) : '' };
  }

  async function saveOnce(draft: CheckinDraft, { overall, tookPlanned }: BadDayChoice) {
    setStatus(t('today.saving'));
    // The dose is the log's, or what the person typed; never a dose filled in from the plan.
    let dose = oneMedicine ? (day.doses.length > 0 ? String(totalMg(day.doses)) : draft.dose) : '';
    if (tookPlanned) {
      const logged = await logPlanned();
      if (!logged.ok) return setStatus(logged.reason);
      dose = logged.doseMg;
    }
    const line = t(`today.badDay.note.${overall}`);
    const note = draft.note.trim() === '' ? line : `${draft.note}\n${line}`;
    const body = draftToBody({ ...draft, dose, note });
    if (!body.ok) return setStatus(describeFailure(body.error));
    const result = await data.records.saveCheckin(day.date, {
      ...body.value,
      editedAt: localIsoDateTime(data.clock()),
    });
    if (result.ok) {
      checkin.saved(result.value.value);
      setStatus(
        t(
          result.value.superseded
            ? 'today.superseded'
            : result.value.synced
              ? 'today.badDay.saved'
              : 'today.savedOnDevice',
        ),
      );
    } else setStatus(describeFailure(result.error));
  }

  /** One save at a time: a double tap must not log the planned doses twice. */
  async function save(choice: BadDayChoice) {
    if (!checkin.draft || running.current) return;
    running.current = true;
    try {
      await saveOnce(checkin.draft, choice);
    } finally {
      running.current = false;
    }
  }

  return { status, setStatus, save };
}
