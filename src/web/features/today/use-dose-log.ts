import { useEffect, useRef, useState } from 'preact/hooks';
import type { DoseBody, DoseView } from '../../../api/dose-schemas.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Local } from '../../data/outbox.js';
import type { TodayData } from './sync-marks.js';

export type NewDose = DoseBody & { readonly id: string };
const byTime = <T extends DoseView>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => new Date(a.takenAt).getTime() - new Date(b.takenAt).getTime());

export interface DoseLogSource {
  readonly doses: readonly Local<DoseView>[];
  readonly onChange: (doses: readonly Local<DoseView>[]) => void;
}

/**
 * Logs doses (each medicine of a planned dose is its own entry) and undoes them, through the same write path,
 * one run at a time: a second tap while a log is on its way is ignored, so it can never log twice.
 */
export function useDoseLog(data: TodayData, source: DoseLogSource, describe: (body: NewDose) => string) {
  const describeFailure = useDescribeFailure();
  const { t, f } = useI18n();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  /** What was last logged "on this device", in words, until it reaches the account. */
  const [onDevice, setOnDevice] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (onDevice === undefined || source.doses.some((d) => d.pending)) return;
    setStatus((shown) =>
      shown === t('today.dose.loggedOnDevice', { what: onDevice }) ? t('today.dose.logged', { what: onDevice }) : shown,
    );
    setOnDevice(undefined);
  }, [source.doses]);

  /** True when every body was logged. */
  async function log(bodies: readonly NewDose[]): Promise<boolean> {
    if (running.current || bodies.length === 0) return false;
    running.current = true;
    setBusy(true);
    setStatus(t('today.dose.logging'));
    let logged = [...source.doses];
    let synced = true;
    try {
      for (const body of bodies) {
        const result = await data.records.logDose(body);
        if (!result.ok) {
          source.onChange(byTime(logged));
          setStatus(describeFailure(result.error));
          return false;
        }
        logged = [...logged, result.value.value];
        synced &&= result.value.synced;
      }
    } finally {
      running.current = false;
      setBusy(false);
    }
    source.onChange(byTime(logged));
    const what = f.list(bodies.map(describe));
    setStatus(t(synced ? 'today.dose.logged' : 'today.dose.loggedOnDevice', { what }));
    setOnDevice(synced ? undefined : what);
    return true;
  }

  async function undo(doses: readonly DoseView[]): Promise<boolean> {
    for (const dose of doses) {
      const result = await data.records.deleteDose(dose);
      if (!result.ok) {
        setStatus(describeFailure(result.error));
        return false;
      }
    }
    const gone = new Set(doses.map((d) => d.id));
    source.onChange(source.doses.filter((d) => !gone.has(d.id)));
    setStatus(t('today.dose.undone'));
    return true;
  }

  return { status, busy, log, undo };
}

export type DoseLog = ReturnType<typeof useDoseLog>;
