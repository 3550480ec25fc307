import { useState } from 'preact/hooks';
import type { Account } from '../../../api/schemas.js';
import { localToday } from '../../dates.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { DoseStep } from './dose-step.js';
import { loadFirstRun, saveFirstRun, stepsFor, type FirstRunState, type FirstRunStep } from './first-run-store.js';
import type { PlainMessageId } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ReminderStep } from './reminder-step.js';
import { StartStep } from './start-step.js';
import { TrackStep } from './track-step.js';

interface Props {
  readonly account: Account;
  /** The path is over (finished or skipped to the end): the screen to open next. */
  readonly onDone: (next: 'today' | 'plan') => void;
}

const TITLES: Readonly<Record<FirstRunStep, PlainMessageId>> = {
  start: 'firstRun.startTitle',
  dose: 'firstRun.doseTitle',
  track: 'firstRun.trackTitle',
  reminder: 'firstRun.reminderTitle',
};

/**
 * After sign-up, one question per screen: how to start (a plan, the prescriber's dose, or a journal), what to
 * track, a daily reminder; then Today. Every step can be skipped and Back goes one step back; the step is kept
 * on this device, so a reload opens the same one.
 */
export function FirstRun({ account, onDone }: Props) {
  const { t } = useI18n();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [today] = useState(localToday);
  const [state, setState] = useState<FirstRunState>(() => loadFirstRun(account.id) ?? { step: 'start', start: null });
  const steps = stepsFor(state.start);
  const at = steps.indexOf(state.step);

  function go(next: FirstRunState) {
    saveFirstRun(account.id, next);
    setState(next);
    // The new question's heading takes focus, as on any screen change.
    requestAnimationFrame(() => heading.current?.focus());
  }
  const finish = () => onDone(state.start === 'plan' ? 'plan' : 'today');
  const forward = (start = state.start) => {
    const order = stepsFor(start);
    const next = order[order.indexOf(state.step) + 1];
    if (next) go({ step: next, start });
    else finish();
  };
  const previous = steps[at - 1];

  return (
    <section class="first-run stack" aria-labelledby="first-run-heading">
      <p class="hint first-run__progress">{t('firstRun.progress', { step: at + 1, of: steps.length })}</p>
      <h1 id="first-run-heading" ref={heading} tabIndex={-1}>
        {t(TITLES[state.step])}
      </h1>
      {state.step === 'start' && <StartStep onChoose={(start) => forward(start)} />}
      {state.step === 'dose' && <DoseStep today={today} onSaved={() => forward()} />}
      {state.step === 'track' && <TrackStep onNext={() => forward()} />}
      {state.step === 'reminder' && (
        <ReminderStep accountId={account.id} toPlan={state.start === 'plan'} onDone={finish} />
      )}
      <div class="first-run__nav">
        {previous && (
          <button type="button" class="button" onClick={() => go({ ...state, step: previous })}>
            {t('firstRun.back')}
          </button>
        )}
        <button
          type="button"
          class="button button--quiet"
          onClick={() => forward(state.step === 'start' ? null : state.start)}
        >
          {t('firstRun.skip')}
        </button>
      </div>
      <p class="hint">{t('firstRun.laterNote')}</p>
    </section>
  );
}
