import type { DoseView } from '../../../api/dose-schemas.js';
import { intakeTimings } from '../../../core/index.js';
import { messages } from '../../messages.js';
import type { Local } from '../../data/outbox.js';
import { localMinutes } from './dose-form.js';

interface Props {
  readonly doses: readonly Local<DoseView>[];
  /** The person's own dose times (minutes after midnight), from their reminders; empty when none are set. */
  readonly doseTimes: readonly number[];
  readonly words: { readonly label: (dose: DoseView) => string };
  readonly onUndo: (dose: DoseView) => void;
}

const t = messages.dose;

/** The day's logged doses, each against the person's own dose times, with an Undo each (never a confirm dialog). */
export function DoseList({ doses, doseTimes, words, onUndo }: Props) {
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
                  {t.line(words.label(dose), dose.takenAt, dose.form)}
                  {dose.pending && <span class="not-sent"> ({t.notSent})</span>}
                </span>
                {timing && <span class="hint">{t.timing(timing.kind, timing.doseTime, timing.offset)}</span>}
                {dose.note && <span class="hint">{dose.note}</span>}
              </span>
              <button
                type="button"
                class="button"
                aria-label={t.undoLabel(words.label(dose), dose.takenAt)}
                onClick={() => onUndo(dose)}
              >
                {t.undo}
              </button>
            </li>
          );
        })}
      </ul>
      {doseTimes.length === 0 && (
        <p class="hint">
          {t.timesHint}{' '}
          <a class="jump-link" href="#/reminders">
            {t.timesLink}
          </a>
        </p>
      )}
    </>
  );
}
