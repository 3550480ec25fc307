import type { RedFlagView } from '../../../api/schemas.js';
import { RedFlagSection } from '../../components/red-flag-section.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { medicineName } from '../plan/plan-steps.js';
import { BadDay } from './bad-day.js';
import { unloggedPlanned } from './dose-form.js';
import type { TodayData } from './sync-marks.js';
import { useBadDaySave } from './use-bad-day-save.js';
import type { CheckinDraftState } from './use-checkin-draft.js';
import type { DayRecords } from './use-day-records.js';

interface Props {
  readonly data: TodayData;
  readonly day: DayRecords & { readonly date: string; readonly dateLine: string };
  readonly screen: {
    readonly checkin: CheckinDraftState;
    readonly redFlags: readonly RedFlagView[];
    readonly onRedFlag: (flag: RedFlagView) => void;
    readonly onBack: () => void;
  };
}

/** The quick check-in screen for a bad day, with the red-flag panel below as on Today. */
export function BadDayScreen({ data, day, screen }: Props) {
  const { t, f } = useI18n();
  const saver = useBadDaySave(data, day, screen.checkin);
  const unlogged = unloggedPlanned(day.planned, day.doses);
  const words = f.list(
    unlogged.map((p) => t('today.dose.named', { medicine: medicineName(p.medicationId), mg: f.mg(p.mg) })),
  );
  return (
    <>
      <h1 id="bad-day-heading" tabIndex={-1}>
        {t('today.badDay.title')}
      </h1>
      <p>{day.dateLine}</p>
      {screen.checkin.draft === undefined ? (
        <p class="status" role="status">
          {t('today.loadingCheckin')}
        </p>
      ) : (
        <BadDay
          askDose={unlogged.length > 0 ? words : undefined}
          doseAlreadyLogged={day.planned.length > 0 && unlogged.length === 0}
          status={saver.status}
          on={{ save: (overall, tookPlanned) => void saver.save({ overall, tookPlanned }), back: screen.onBack }}
        />
      )}
      <RedFlagSection flags={screen.redFlags} onSelect={screen.onRedFlag} />
    </>
  );
}
