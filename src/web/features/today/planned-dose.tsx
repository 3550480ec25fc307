import { useRef, useState } from 'preact/hooks';
import type { DoseView } from '../../../api/dose-schemas.js';
import type { Local } from '../../data/outbox.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { NewDose } from './use-dose-log.js';

/**
 * How long Undo ignores taps after "I took…": the Logged row takes the button's place at once, so the second tap
 * of a shaky double tap lands on it; it must not undo what the first tap logged.
 */
export const UNDO_ARMS_AFTER_MS = 1_000;

interface Props {
  /** The planned intakes not logged yet, as new doses ready to send, and how they read; empty when none. */
  readonly take: { readonly bodies: () => readonly NewDose[]; readonly what: string; readonly isToday: boolean };
  readonly logged: { readonly doses: readonly Local<DoseView>[]; readonly all: boolean; readonly what: string };
  readonly act: {
    readonly log: (bodies: readonly NewDose[]) => Promise<boolean>;
    readonly undo: (doses: readonly DoseView[]) => Promise<boolean>;
    readonly now: () => Date;
  };
}

interface Recent {
  readonly ids: readonly string[];
  readonly what: string;
  readonly at: number;
  readonly done: Promise<boolean>;
}

/** "I took today's planned dose": one tap, which turns into "Logged · Undo" at once and can never log twice. */
export function PlannedDose({ take, logged, act }: Props) {
  const { t } = useI18n();
  const [recent, setRecent] = useState<Recent | undefined>(undefined);
  const tapped = useRef(false);
  const inLog = recent ? logged.doses.filter((d) => recent.ids.includes(d.id)) : [];
  const showLogged = recent !== undefined && (tapped.current || inLog.length > 0);

  function logPlanned() {
    if (tapped.current) return;
    tapped.current = true;
    const bodies = take.bodies();
    const done = act.log(bodies).then((ok) => {
      tapped.current = false;
      if (!ok) setRecent(undefined);
      return ok;
    });
    setRecent({ ids: bodies.map((b) => b.id), what: take.what, at: act.now().getTime(), done });
  }

  async function undo() {
    if (!recent || act.now().getTime() - recent.at < UNDO_ARMS_AFTER_MS) return;
    if (!(await recent.done)) return;
    if (await act.undo(logged.doses.filter((d) => recent.ids.includes(d.id)))) setRecent(undefined);
  }

  if (showLogged) {
    const what = recent.what;
    return (
      <p class="logged-row" data-testid="planned-logged">
        <span class="logged-row__text">
          <span aria-hidden="true">✓ </span>
          {t('today.dose.plannedLogged', { what })}
          <span aria-hidden="true"> · </span>
        </span>
        <button
          type="button"
          class="button"
          aria-label={t('today.dose.loggedUndoLabel', { what })}
          onClick={() => void undo()}
        >
          {t('today.dose.undo')}
        </button>
      </p>
    );
  }
  if (logged.all) {
    return (
      <p class="logged-row" data-testid="planned-logged">
        {t('today.dose.plannedLogged', { what: logged.what })}
      </p>
    );
  }
  return (
    <button type="button" class="button button--primary" onClick={logPlanned}>
      {t(take.isToday ? 'today.dose.takePlanned' : 'today.dose.takePlannedPast', { what: take.what })}
    </button>
  );
}
