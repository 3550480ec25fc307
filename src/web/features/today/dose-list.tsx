import type { DoseView } from '../../../api/dose-schemas.js';
import { intakeTimings } from '../../../core/index.js';
import type { Translate } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { doseLine } from '../../record-lines.js';
import { clock } from '../../words-base.js';
import type { Local } from '../../data/outbox.js';
import { localMinutes } from './dose-form.js';

interface Props {
  readonly doses: readonly Local<DoseView>[];
  /** The person's own dose times (minutes after midnight), from their reminders; empty when none are set. */
  readonly doseTimes: readonly number[];
  readonly words: { readonly label: (dose: DoseView) => string };
  readonly onUndo: (dose: DoseView) => void;
}

type Timing = NonNullable<ReturnType<typeof intakeTimings>[number]>;

/** "40 min", "2 h", "2 h 15 min". */
function duration(t: Translate, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0
    ? t('today.dose.minutes', { m })
    : m === 0
      ? t('today.dose.hours', { h })
      : t('today.dose.hoursMinutes', { h, m });
}

/** "Around your 08:00 dose time.", "40 min after your 08:00 dose time." */
function timingText(t: Translate, timing: Timing): string {
  const doseTime = clock(timing.doseTime);
  if (timing.kind === 'on-time') return t('today.dose.onTime', { doseTime });
  const values = { doseTime, duration: duration(t, Math.abs(timing.offset)) };
  return timing.kind === 'early' ? t('today.dose.early', values) : t('today.dose.late', values);
}

/** The day's logged doses, each against the person's own dose times, with an Undo each (never a confirm dialog). */
export function DoseList({ doses, doseTimes, words, onUndo }: Props) {
  const i18n = useI18n();
  const { t, f } = i18n;
  const timings = intakeTimings(
    doses.map((d) => localMinutes(d.takenAt)),
    doseTimes,
  );
  return (
    <>
      <ul class="doses">
        {doses.map((dose, i) => {
          const timing = timings[i];
          return (
            <li class="doses__item" key={dose.id}>
              <span class="doses__text">
                <span>
                  {doseLine(i18n, words.label(dose), dose)}
                  {dose.pending && <span class="not-sent"> ({t('today.dose.notSent')})</span>}
                </span>
                {timing && <span class="hint">{timingText(t, timing)}</span>}
                {dose.note && <span class="hint">{dose.note}</span>}
              </span>
              <button
                type="button"
                class="button"
                aria-label={t('today.dose.undoLabel', { what: words.label(dose), time: f.time(dose.takenAt) })}
                onClick={() => onUndo(dose)}
              >
                {t('today.dose.undo')}
              </button>
            </li>
          );
        })}
      </ul>
      {doseTimes.length === 0 && (
        <p class="hint">
          {t('today.dose.timesHint')}{' '}
          <a class="jump-link" href="#/reminders">
            {t('today.dose.timesLink')}
          </a>
        </p>
      )}
    </>
  );
}
