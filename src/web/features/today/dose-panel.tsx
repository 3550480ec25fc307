import type { DoseView } from '../../../api/dose-schemas.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Local } from '../../data/outbox.js';
import { localIsoDateTime } from '../../dates.js';
import { DoseDetails } from './dose-details.js';
import { DoseList } from './dose-list.js';
import { takenOn, unloggedPlanned, type PlannedIntake } from './dose-form.js';
import { PlannedDose } from './planned-dose.js';
import type { TodayData } from './sync-marks.js';
import { useDoseLog, type NewDose } from './use-dose-log.js';

interface Props {
  readonly day: {
    readonly date: string;
    readonly isToday: boolean;
    /** The day's planned amount of each medicine (two during a switch to diazepam); empty without a plan step. */
    readonly planned: readonly PlannedIntake[];
    /** The plan's medicine, for a dose logged on a day without a planned step; null without a plan. */
    readonly planMedicine: string | null;
    /** The person's own dose times (minutes after midnight), from their reminders; empty when none are set. */
    readonly doseTimes: readonly number[];
  };
  readonly doses: {
    readonly list: readonly Local<DoseView>[];
    readonly onChange: (doses: readonly Local<DoseView>[]) => void;
  };
  readonly env: { readonly data: TodayData; readonly nameOf: (id: string) => string };
}

/** The day's doses: the planned dose in one tap, a dose with details, and the list with Undo. */
export function DosePanel({ day, doses, env }: Props) {
  const { t, f } = useI18n();
  const { planned, date } = day;
  const unlogged = unloggedPlanned(planned, doses.list);
  // More than one medicine that day (a switch): every amount says which it is.
  const named = planned.length > 1 || new Set(doses.list.map((d) => d.medicationId)).size > 1;
  const label = (dose: Pick<DoseView, 'medicationId' | 'doseMg'>) =>
    named && dose.medicationId
      ? t('today.dose.named', { medicine: env.nameOf(dose.medicationId), mg: f.mg(dose.doseMg) })
      : f.mg(dose.doseMg);
  const words = (list: readonly Pick<DoseView, 'medicationId' | 'doseMg'>[]) => f.list(list.map(label));
  const log = useDoseLog(env.data, { doses: doses.list, onChange: doses.onChange }, (b) =>
    label({ medicationId: b.medicationId ?? null, doseMg: b.doseMg }),
  );
  const plannedBodies = (): NewDose[] =>
    unlogged.map((p) => ({
      id: crypto.randomUUID(),
      date,
      takenAt: localIsoDateTime(takenOn(date, env.data.clock())),
      medicationId: p.medicationId,
      doseMg: p.mg,
      form: p.form,
    }));
  const undoOne = (dose: DoseView) =>
    void log.undo([dose]).then((ok) => ok && document.getElementById('dose-heading')?.focus());

  return (
    <section class="panel stack" aria-labelledby="dose-heading" data-testid="dose-panel">
      <h2 id="dose-heading" tabIndex={-1}>
        {t(day.isToday ? 'today.dose.heading' : 'today.dose.headingPast')}
      </h2>
      {planned.length > 0 && (
        <PlannedDose
          take={{
            bodies: plannedBodies,
            what: words(unlogged.map((p) => ({ medicationId: p.medicationId, doseMg: p.mg }))),
            isToday: day.isToday,
          }}
          logged={{
            doses: doses.list,
            all: unlogged.length === 0,
            what: words(planned.map((p) => ({ medicationId: p.medicationId, doseMg: p.mg }))),
          }}
          act={{ log: log.log, undo: log.undo, now: env.data.clock }}
        />
      )}
      <details class="more" open={planned.length === 0}>
        <summary class="more__summary">
          {t(planned.length > 0 ? 'today.dose.detailsSummary' : 'today.dose.log')}
        </summary>
        <DoseDetails
          day={{ date, clock: env.data.clock }}
          medicines={{ planned, planMedicine: day.planMedicine, nameOf: env.nameOf }}
          onLog={(body) => log.log([body])}
        />
      </details>
      {doses.list.length === 0 ? (
        <p>{t(day.isToday ? 'today.dose.none' : 'today.dose.nonePast')}</p>
      ) : (
        <DoseList doses={doses.list} doseTimes={day.doseTimes} words={{ label }} onUndo={undoOne} />
      )}
      <p class="status" role="status" aria-live="polite" data-testid="dose-status">
        {log.status}
      </p>
    </section>
  );
}
