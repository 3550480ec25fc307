import { useState } from 'preact/hooks';
import type { Account, RedFlagView } from '../../../api/schemas.js';
import { minutesOfDay } from '../../../core/index.js';
import { RedFlagSection } from '../../components/red-flag-section.js';
import { addDays } from '../../../core/index.js';
import { localToday } from '../../dates.js';
import { readJson } from '../../local-storage.js';
import { messages } from '../../messages.js';
import { medicineName } from '../plan/plan-steps.js';
import { lazyScreen } from '../../lazy-screen.js';
import { loadReminderSettings } from '../reminders/reminder-store.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { dayKind } from './day-choice.js';
import { DayPicker } from './day-picker.js';
import { DosePanel } from './dose-panel.js';
import { FullCheckin } from './full-checkin.js';
import { todayText } from './messages.js';
import { useTodayData } from './today-data.js';
import { useCheckinDraft } from './use-checkin-draft.js';
import { useDayRecords } from './use-day-records.js';

interface Props {
  readonly account: Account;
  readonly redFlags: readonly RedFlagView[];
  readonly onRedFlag: (flag: RedFlagView) => void;
}

const t = messages.today;
// Not needed for the first look at the check-in (TodaysPlan only with a plan, NoPlanNote only without): loaded when shown, to keep
// the check-in screen's JavaScript within its budget.
const BadDayScreen = lazyScreen(() => import('./bad-day-screen.js').then((m) => m.BadDayScreen));
const UnsavedYesterday = lazyScreen(() => import('./unsaved-yesterday.js').then((m) => m.UnsavedYesterday));
const NoPlanNote = lazyScreen(() => import('./no-plan-note.js').then((m) => m.NoPlanNote));
const TodaysPlan = lazyScreen(() => import('./todays-plan.js').then((m) => m.TodaysPlan));

function jumpToSerious(event: Event): void {
  event.preventDefault();
  document.getElementById('serious-heading')?.scrollIntoView();
  document.querySelector<HTMLButtonElement>('#serious button')?.focus();
}

/** Today (or an earlier day): the plan, the doses, the check-in and a bad-day quick mode; then the red-flag panel. */
export function TodayPage({ account, redFlags, onRedFlag }: Props) {
  const data = useTodayData();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [today] = useState(() => localToday(data.clock()));
  const [date, setDate] = useState(today);
  const [badDay, setBadDay] = useState(false);
  const day = useDayRecords(data, date);
  const checkin = useCheckinDraft(data, { accountId: account.id, date });
  const [doseTimes] = useState(() => loadReminderSettings(account.id).doseTimes.map(minutesOfDay));
  const kind = dayKind(date, today);
  const isToday = kind === 'today';

  function switchMode(next: boolean) {
    setBadDay(next);
    // The new screen's heading takes focus, as on any screen change.
    requestAnimationFrame(() => document.getElementById(next ? 'bad-day-heading' : 'today-heading')?.focus());
  }

  if (badDay) {
    return (
      <BadDayScreen
        data={data}
        day={{ ...day, date, dateLine: t.dateLine(date) }}
        screen={{ checkin, redFlags, onRedFlag, onBack: () => switchMode(false) }}
      />
    );
  }

  const prompt = isToday && day.prompt;
  return (
    <>
      <h1 id="today-heading" ref={heading} tabIndex={-1}>
        {todayText.title(kind, date)}
      </h1>
      <p>{t.dateLine(date)}</p>
      <DayPicker date={date} today={today} onPick={setDate} />
      {isToday ? (
        <div class="quick-row">
          <button
            type="button"
            class="button button--bad-day"
            aria-describedby="bad-day-hint"
            onClick={() => switchMode(true)}
          >
            {todayText.badDayButton}
          </button>
          <p class="hint" id="bad-day-hint">
            {todayText.badDayHint}
          </p>
        </div>
      ) : (
        <p class="notice">{todayText.pastNote(date)}</p>
      )}
      {prompt && (
        <p class="notice" data-testid="assessment-prompt">
          {t.promptDue(prompt.reason, prompt.cutDate, prompt.daysAfter)}{' '}
          <a class="jump-link" href="#/questionnaires">
            {t.promptLink}
          </a>
        </p>
      )}
      {day.saved && <TodaysPlan heading={todayText.planHeading(kind, date)} plan={day.saved.plan} step={day.step} />}
      {day.noPlan && isToday && <NoPlanNote />}
      <DosePanel
        key={date}
        day={{ date, isToday, planned: day.planned, planMedicine: day.saved?.plan.medicationId ?? null, doseTimes }}
        doses={{ list: day.doses, onChange: day.setDoses }}
        env={{ data, nameOf: medicineName }}
      />
      <p>
        <a class="jump-link" href="#serious" onClick={jumpToSerious}>
          {t.jumpToSerious}
        </a>
      </p>
      {checkin.notice && (
        <p class="notice" role="status">
          {checkin.notice}
        </p>
      )}
      {isToday && readJson(`draft.${account.id}.${addDays(today, -1)}`) !== undefined && (
        <UnsavedYesterday data={data} where={{ accountId: account.id, today }} on={{ saved: checkin.setNotice }} />
      )}
      <FullCheckin key={date} day={day} checkin={checkin} context={{ data, date, isToday }} />
      <RedFlagSection flags={redFlags} onSelect={onRedFlag} />
    </>
  );
}
