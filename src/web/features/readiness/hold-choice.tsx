import { useRef, useState } from 'preact/hooks';
import type { SavedPlan } from '../../../api/plan-schemas.js';
import { NumberStepper } from '../../components/number-stepper.js';
import { SubmitRow } from '../../components/submit-row.js';
import { TextField } from '../../components/text-field.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { parseNumber, stepNumber } from '../plan/typed-numbers.js';
import type { ReadinessData } from './readiness-data.js';

/** Days a hold before a cut may last here (the holds API allows more, from the Plan screen). */
export const HOLD_DAYS = { step: 1, min: 1, max: 28, start: 7 } as const;

interface Props {
  /** The cut to hold back, and the step whose days the hold adds to. */
  readonly cut: { readonly date: string; readonly stepIndex: number };
  readonly data: Pick<ReadinessData, 'addHold'>;
  readonly onHeld: (saved: SavedPlan, days: number) => void;
}

/** "Hold for N days": a −/+ stepper (no slider), an optional reason, one hold however often it is tapped. */
export function HoldChoice({ cut, data, onHeld }: Props) {
  const { t, f } = useI18n();
  const describeFailure = useDescribeFailure();
  const [days, setDays] = useState(String(HOLD_DAYS.start));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  // Read at the tap itself, not from the last render: two taps in one frame must add one hold.
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const typed = parseNumber(days);
  const count =
    typed !== undefined && Number.isInteger(typed) && typed >= HOLD_DAYS.min && typed <= HOLD_DAYS.max
      ? typed
      : undefined;

  async function submit(event: Event) {
    event.preventDefault();
    if (sending.current) return;
    if (count === undefined) {
      setError(t('readiness.holdDaysError'));
      document.getElementById('readiness-hold-days')?.focus();
      return;
    }
    sending.current = true;
    setError(undefined);
    setBusy(true);
    setStatus(t('readiness.holding'));
    const why = reason.trim() || t('readiness.holdDefaultReason', { date: f.short(cut.date) });
    const result = await data.addHold({ stepIndex: cut.stepIndex, days: count, reason: why });
    sending.current = false;
    setBusy(false);
    if (result.ok) {
      setStatus('');
      onHeld(result.value, count);
    } else {
      setStatus(t('readiness.holdFailed', { reason: describeFailure(result.error) }));
    }
  }

  return (
    <form class="stack" noValidate onSubmit={(e) => void submit(e)}>
      <NumberStepper
        id="readiness-hold-days"
        label={t('readiness.holdDays')}
        value={days}
        error={error}
        lessLabel={t('readiness.holdLess')}
        moreLabel={t('readiness.holdMore')}
        onLess={() => setDays(stepNumber(days, -1, HOLD_DAYS))}
        onMore={() => setDays(stepNumber(days, 1, HOLD_DAYS))}
        onInput={setDays}
      />
      <TextField
        id="readiness-hold-reason"
        label={t('readiness.holdReason')}
        hint={t('readiness.holdReasonHint')}
        value={reason}
        onInput={setReason}
      />
      <SubmitRow
        label={t('readiness.hold', { count: count ?? HOLD_DAYS.start })}
        status={status}
        primary={false}
        busy={busy}
        statusTestId="readiness-hold-status"
      />
    </form>
  );
}
