import { useEffect } from 'preact/hooks';
import type { DoseView } from '../../../api/dose-schemas.js';
import type { Severity } from '../../../core/index.js';
import { addDays } from '../../../core/index.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Local } from '../../data/outbox.js';
import { CheckinDetails, type DoseSource } from './checkin-details.js';
import { draftFromYesterday, effectiveDraft, noneForRest, toggleTag, type CheckinDraft } from './checkin-form.js';
import { SaveBar } from './save-bar.js';
import { SymptomRows } from './symptom-rows.js';
import { TagToggles } from './tag-toggles.js';
import type { TodayData } from './sync-marks.js';
import { UnusualDose } from './unusual-dose.js';
import type { CheckinDraftState } from './use-checkin-draft.js';
import { useCheckinSave } from './use-checkin-save.js';
import { useSymptomName } from '../symptoms/symptom-name.js';
import type { DayRecords } from './use-day-records.js';

interface Props {
  readonly day: DayRecords;
  readonly checkin: CheckinDraftState;
  readonly context: {
    readonly data: TodayData;
    readonly date: string;
    readonly isToday: boolean;
  };
}

export const totalMg = (doses: readonly Local<DoseView>[]) =>
  Math.round(doses.reduce((sum, d) => sum + d.doseMg, 0) * 1000) / 1000;

/** The full check-in for the chosen day: symptoms in rows, tags, sleep, dose and note, and Save always in reach. */
export function FullCheckin({ day, checkin, context }: Props) {
  const { t } = useI18n();
  const { draft } = checkin;
  const nameOf = useSymptomName();
  const symptomName = (field: string) => {
    const symptom = day.symptoms?.find((s) => `symptoms.${s.id}` === field);
    return symptom && nameOf(symptom);
  };
  const saver = useCheckinSave(context.data, context.date, {
    onSaved: checkin.saved,
    symptomName,
  });

  // Sent in the background: say so, and show what the account now holds for the day (another device's later
  // edit may have won), unless the person is typing changes of their own.
  useEffect(() => {
    if (day.sent === 0) return;
    void day.checkinState().then((state) => {
      if (state === 'waiting') return;
      if (state === 'sent' && !checkin.typing()) {
        void context.data.records.getCheckin(context.date).then((r) => {
          if (r.ok && !checkin.typing()) checkin.saved(r.value);
        });
      }
      const next = t(state === 'sent' ? 'today.saved' : 'today.refusedLater');
      saver.setStatus((shown) => (shown === t('today.savedOnDevice') ? next : shown));
    });
  }, [day.sent]);

  if (draft === undefined || day.symptoms === undefined) {
    return (
      <p class="status" role="status">
        {t('today.loadingCheckin')}
      </p>
    );
  }

  const oneMedicine = day.planned.length <= 1;
  const loggedMg = oneMedicine && day.doses.length > 0 ? totalMg(day.doses) : undefined;
  const plannedMg = oneMedicine ? day.planned[0]?.mg : undefined;
  const previousSleep = day.previous?.sleepHours;
  const shown = effectiveDraft(draft, {
    fresh: checkin.fresh,
    touched: checkin.touched,
    previousSleep: previousSleep === null || previousSleep === undefined ? '' : String(previousSleep),
    plannedDose: plannedMg === undefined ? '' : String(plannedMg),
    loggedDose: loggedMg === undefined ? undefined : String(loggedMg),
  });
  const dose: DoseSource = !oneMedicine
    ? { kind: 'switch' }
    : loggedMg !== undefined
      ? { kind: 'log', mg: loggedMg }
      : { kind: 'field', filled: shown.doseFilled, today: context.isToday };
  // Only a dose the person typed is checked against the plan: a filled-in or logged one already is the plan's.
  const typedAgainst = dose.kind === 'field' && !shown.doseFilled ? plannedMg : undefined;
  const ids = (day.symptoms ?? []).map((s) => s.id);
  const previous = day.previous;

  function edit(change: Partial<CheckinDraft>) {
    checkin.update(change);
    saver.setStatus('');
  }
  // The day before as loaded, or asked again (it may have been saved since, on another device).
  async function sameAsYesterday() {
    const asked = previous ? undefined : await context.data.records.getCheckin(addDays(context.date, -1));
    const found = previous ?? (asked?.ok ? asked.value : undefined);
    if (!found || !draft) return checkin.setNotice(t('today.noYesterday'));
    const { symptoms, sleep, tags } = draftFromYesterday(found, draft);
    edit({ symptoms, sleep, tags });
    checkin.setNotice(t('today.sameFilled'));
  }
  const saveNow = (confirmed: boolean) => void saver.save(shown.draft, { plannedMg: typedAgainst, confirmed });

  return (
    <form
      class="stack checkin"
      data-testid="checkin-form"
      aria-labelledby="today-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        saveNow(false);
      }}
    >
      <SymptomRows
        symptoms={day.symptoms}
        draft={shown.draft}
        actions={{
          onRate: (id: string, value: Severity) => edit({ symptoms: { ...draft.symptoms, [id]: value } }),
          onSameAsYesterday: () => void sameAsYesterday(),
          onRestNone: () => edit({ symptoms: noneForRest(draft, ids).symptoms }),
        }}
      />
      <TagToggles value={draft.tags} onToggle={(tag) => edit({ tags: toggleTag(draft.tags, tag) })} />
      <CheckinDetails
        shown={{ ...shown.draft, sleepFilled: shown.sleepFilled }}
        dose={dose}
        edit={{ errors: saver.fieldErrors, onChange: edit }}
      />
      <SaveBar status={saver.status} saving={saver.saving}>
        {saver.farDose && (
          <UnusualDose
            id="checkin-unusual"
            typed={saver.farDose.typed}
            planned={saver.farDose.planned}
            answer={{ onYes: () => saveNow(true), onNo: saver.keepChecking }}
          />
        )}
      </SaveBar>
    </form>
  );
}
