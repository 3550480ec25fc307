import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlanView, SavedPlan } from '../../../api/plan-schemas.js';
import type { CalendarDate } from '../../../core/index.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { stepDoseParts } from './plan-steps.js';
import { useSentCount, type PlanData } from './plan-data.js';
import { redFlagLabel } from '../../red-flags.js';
import { usePlanWords } from './plan-words.js';

interface Props {
  readonly data: PlanData;
  readonly saved: SavedPlan;
  readonly today: CalendarDate;
  readonly onSaved: (plan: SavedPlan) => void;
}

/** The first day a new step begins after today, if the plan has one. */
function nextChange(plan: PlanView, today: CalendarDate): CalendarDate | undefined {
  return plan.steps.find((s) => s.start > today)?.start;
}

function stepToday(plan: PlanView, today: CalendarDate) {
  return plan.steps.find((s) => s.start <= today && (s.end === null || s.end >= today));
}

/**
 * Why the plan is paused (each red-flag event not yet confirmed, since when), and one clear way to go on, asked
 * once more before it is sent. Also earlier pauses, and events this device has not sent yet.
 */
export function PlanPause({ data, saved, today, onSaved }: Props) {
  const w = usePlanWords();
  const describeFailure = useDescribeFailure();
  const i18n = useI18n();
  const { t } = i18n;
  // A copy kept on the device by an earlier version has no pauses.
  const pauses = (saved.pauses as SavedPlan['pauses'] | undefined) ?? [];
  const open = pauses.filter((p) => p.confirmedOn === null);
  const past = pauses.filter((p) => p.confirmedOn !== null && p.days > 0);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [unsent, setUnsent] = useState<readonly string[]>([]);
  const waited = useRef(0);
  const question = useRef<HTMLParagraphElement>(null);
  const goOnButton = useRef<HTMLButtonElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const askedBefore = useRef(false);
  // Set at once, unlike state, so a double tap sends once.
  const sending = useRef(false);
  const sent = useSentCount(data);

  // Events recorded offline pause the plan once they arrive: then the plan is read again.
  useEffect(() => {
    let live = true;
    void data.unsentEventKinds().then((kinds) => {
      if (!live) return;
      setUnsent(kinds);
      if (kinds.length < waited.current) {
        void data.plan().then((r) => {
          if (live && r.ok) onSaved(r.value);
        });
      }
      waited.current = kinds.length;
    });
    return () => {
      live = false;
    };
  }, [sent]);

  // Focus follows the question: onto it when asked, back to the button when not now.
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (askedBefore.current) goOnButton.current?.focus();
    askedBefore.current = asking;
  }, [asking]);

  function done() {
    sending.current = false;
    setBusy(false);
  }

  async function goOn() {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setStatus(t('plan.pause.sending'));
    for (const pause of open) {
      const result = await data.confirmEvent(pause.eventId);
      if (!result.ok) {
        done();
        // Going on is not kept to send later: it must be the person's choice at the moment it takes effect.
        setStatus(result.error.code === 'network_error' ? t('plan.pause.offline') : describeFailure(result.error));
        return;
      }
    }
    const plan = await data.plan();
    done();
    setAsking(false);
    if (!plan.ok) {
      setStatus(describeFailure(plan.error));
      return;
    }
    askedBefore.current = false;
    onSaved(plan.value);
    setStatus(`${w.pause.wentOn(nextChange(plan.value.plan, today))} ${t('plan.pause.calendarAgain')}`);
    // The pause and its buttons are gone: keep the keyboard where the answer is.
    requestAnimationFrame(() => statusLine.current?.focus());
  }

  const step = stepToday(saved.plan, today);
  const next = nextChange(saved.plan, today);
  return (
    <>
      {unsent.map((kind, i) => (
        <p class="notice" key={`${kind}-${String(i)}`} data-testid="plan-pause-unsent">
          {w.pause.unsent(redFlagLabel(i18n.t, kind))}
        </p>
      ))}
      {open.length > 0 && (
        <section class="stack panel pause" aria-labelledby="pause-heading" data-testid="plan-pause">
          <h3 id="pause-heading">{t('plan.pause.heading')}</h3>
          <p>{t('plan.pause.intro')}</p>
          <ul>
            {open.map((p) => (
              <li key={p.eventId}>{w.pause.because(redFlagLabel(i18n.t, p.kind), p.since)}</li>
            ))}
          </ul>
          <p>{step ? w.pause.held(step.index + 1, stepDoseParts(step)) : t('plan.pause.notStarted')}</p>
          <p>{t('plan.pause.advice')}</p>
          <p>{next === undefined ? t('plan.pause.noNextCut') : w.pause.nextCut(next)}</p>
          {asking ? (
            <div class="stack" role="group" aria-labelledby="pause-confirm">
              <p id="pause-confirm" ref={question} tabIndex={-1}>
                <strong>{t('plan.pause.confirmQuestion')}</strong>
              </p>
              <div class="save-row">
                <button
                  type="button"
                  class="button button--primary"
                  aria-disabled={busy ? 'true' : undefined}
                  onClick={() => void goOn()}
                >
                  {t('plan.pause.confirmYes')}
                </button>
                <button
                  type="button"
                  class="button"
                  aria-disabled={busy ? 'true' : undefined}
                  onClick={() => !busy && setAsking(false)}
                >
                  {t('plan.pause.confirmNo')}
                </button>
              </div>
            </div>
          ) : (
            <p>
              <button type="button" class="button button--primary" ref={goOnButton} onClick={() => setAsking(true)}>
                {t('plan.pause.goOn')}
              </button>
            </p>
          )}
        </section>
      )}
      <p class="status" role="status" aria-live="polite" data-testid="plan-pause-status" ref={statusLine} tabIndex={-1}>
        {status}
      </p>
      {past.length > 0 && (
        <section class="stack" aria-labelledby="pauses-past-heading">
          <h3 id="pauses-past-heading">{t('plan.pause.pastHeading')}</h3>
          <ul class="holds" data-testid="plan-pauses-past">
            {past.map((p) => (
              <li key={p.eventId}>
                {w.pause.pastLine(
                  { label: redFlagLabel(i18n.t, p.kind), since: p.since, until: p.confirmedOn ?? p.since },
                  p.days,
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
