import { useState } from 'preact/hooks';
import type { SavedPlan } from '../../../api/plan-schemas.js';
import type { PlanData } from './plan-data.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { holdableSteps } from './plan-steps.js';
import { parseNumber, stepNumber } from './typed-numbers.js';
import { NumberStepper } from '../../components/number-stepper.js';
import { SelectField } from '../../components/select-field.js';
import { TextField } from '../../components/text-field.js';
import { SubmitRow } from '../../components/submit-row.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  readonly data: PlanData;
  readonly saved: SavedPlan;
  readonly today: string;
  readonly onSaved: (plan: SavedPlan) => void;
}

const DAYS = { step: 1, min: 1, max: 180, start: 7 };

/** Holds already taken, and a small form to hold a future step for longer. */
export function HoldForm({ data, saved, today, onSaved }: Props) {
  const { t } = useI18n();
  const w = usePlanWords();
  const describeFailure = useDescribeFailure();
  const steps = holdableSteps(saved.plan, today);
  const [stepIndex, setStepIndex] = useState(String(steps[0]?.index ?? ''));
  const [days, setDays] = useState('7');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'stepIndex' | 'days' | 'reason', string>>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const chosen = steps.some((s) => String(s.index) === stepIndex) ? stepIndex : String(steps[0]?.index ?? '');

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const dayCount = parseNumber(days);
    if (dayCount === undefined || !Number.isInteger(dayCount) || dayCount < 1 || dayCount > 180) {
      setErrors({ days: describeFailure({ code: 'invalid_input', field: 'days' }) });
      document.getElementById('hold-days')?.focus();
      return;
    }
    if (reason.trim() === '') {
      setErrors({ reason: describeFailure({ code: 'invalid_input', field: 'reason' }) });
      document.getElementById('hold-reason')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    setStatus(t('plan.addingHold'));
    const result = await data.addHold({ stepIndex: Number(chosen), days: dayCount, reason: reason.trim() });
    setBusy(false);
    if (result.ok) {
      setReason('');
      setStatus(t('plan.holdAdded'));
      onSaved(result.value);
      return;
    }
    const field = result.error.field;
    if (field === 'stepIndex' || field === 'days' || field === 'reason')
      setErrors({ [field]: describeFailure(result.error) });
    setStatus(describeFailure(result.error));
  }

  return (
    <section class="stack panel" aria-labelledby="holds-heading">
      <h3 id="holds-heading">{t('plan.holdsHeading')}</h3>
      <p class="hint">{t('plan.holdsIntro')}</p>
      {saved.holds.length > 0 && (
        <ul class="holds" data-testid="holds">
          {saved.holds.map((h) => (
            <li key={h.createdAt}>{w.plan.holdLine(h.stepIndex + 1, h.days, h.reason)}</li>
          ))}
        </ul>
      )}
      {(saved.ignoredHolds ?? []).length > 0 && (
        <div class="notice" role="note" data-testid="ignored-holds">
          <p>{t('plan.ignoredHoldsIntro')}</p>
          <ul>
            {(saved.ignoredHolds ?? []).map((h) => (
              <li key={h.createdAt}>
                {w.plan.holdLine(h.stepIndex + 1, h.days, h.reason)} {describeFailure({ code: h.code })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {steps.length === 0 ? (
        <p>{t('plan.noHoldableSteps')}</p>
      ) : (
        <form class="stack" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="holds-heading">
          <SelectField
            id="hold-step"
            label={t('plan.holdStep')}
            value={chosen}
            error={errors.stepIndex}
            options={steps.map((s) => ({
              value: String(s.index),
              label: w.plan.holdStepOption(s.index + 1, s.start, s.doseMg),
            }))}
            onChange={setStepIndex}
          />
          <NumberStepper
            id="hold-days"
            label={t('plan.holdDays')}
            value={days}
            error={errors.days}
            lessLabel={t('plan.holdDaysLess')}
            moreLabel={t('plan.holdDaysMore')}
            onLess={() => setDays(stepNumber(days, -1, DAYS))}
            onMore={() => setDays(stepNumber(days, 1, DAYS))}
            onInput={setDays}
          />
          <TextField
            id="hold-reason"
            label={t('plan.holdReason')}
            hint={t('plan.holdReasonHint')}
            value={reason}
            error={errors.reason}
            onInput={setReason}
          />
          <SubmitRow label={t('plan.addHold')} status={status} primary={false} busy={busy} />
        </form>
      )}
    </section>
  );
}
