import { useEffect, useState } from 'preact/hooks';
import type { Account, RedFlagView } from '../../../api/schemas.js';
import { minutesOfDay } from '../../../core/index.js';
import { RedFlagSection } from '../../components/red-flag-section.js';
import { focusUrgentHelp, URGENT_HELP_HASH } from '../../components/urgent-help-link.js';
import { TodayInsightsSlot } from '../readiness/today-insights-slot.js';
import { addDays } from '../../../core/index.js';
import { localToday } from '../../dates.js';
import { readJson } from '../../local-storage.js';
import { medicineName } from '../plan/plan-steps.js';
import { lazyScreen } from '../../lazy-screen.js';
import { loadReminderSettings } from '../reminders/reminder-store.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Translate } from '../../i18n/catalogue.js';
import type { Formats } from '../../i18n/formats.js';
import type { DayRecords } from './use-day-records.js';
import { dayKind } from './day-choice.js';
import { DayPicker } from './day-picker.js';
import { DosePanel } from './dose-panel.js';
import { FullCheckin } from './full-checkin.js';
import { useTodayData } from './today-data.js';
import { useCheckinDraft } from './use-checkin-draft.js';
import { useDayRecords } from './use-day-records.js';

interface Props {
  readonly account: Account;
  readonly redFlags: readonly RedFlagView[];
  readonly onRedFlag: (flag: RedFlagView) => void;
}

// Not needed for the first look at the check-in (TodaysPlan only with a plan, NoPlanNote only without): loaded when
// shown, to keep the check-in screen's JavaScript within its budget.
const BadDayScreen = lazyScreen(() => import('./bad-day-screen.js').then((m) => m.BadDayScreen));
const UnsavedYesterday = lazyScreen(() => import('./unsaved-yesterday.js').then((m) => m.UnsavedYesterday));
const NoPlanNote = lazyScreen(() => import('./no-plan-note.js').then((m) => m.NoPlanNote));
const TodaysPlan = lazyScreen(() => import('./todays-plan.js').then((m) => m.TodaysPlan));

type DayPrompt = NonNullable<DayRecords['prompt']>;

/** "A short questionnaire is due, 3 days after your last cut." */
function promptWords(t: Translate, f: Formats, prompt: DayPrompt): string {
  switch (prompt.reason) {
    case 'before-cut':
      return prompt.cutDate
        ? t('today.promptBeforeCut', { date: f.short(prompt.cutDate) })
        : t('today.promptBeforeCutUndated');
    case 'after-cut':
      return prompt.daysAfter === undefined
        ? t('today.promptAfterCutUndated')
        : t('today.promptAfterCut', { days: prompt.daysAfter });
    case 'weekly':
      return t('today.promptWeekly');
  }
}

function jumpToSerious(event: Event): void {
  event.preventDefault();
  document.getElementById('serious-heading')?.scrollIntoView();
  document.querySelector<HTMLButtonElement>('#serious button')?.focus();
}

/** Today (or an earlier day): the plan, the doses, the check-in and a bad-day quick mode; then the red-flag panel. */
export function TodayPage({ account, redFlags, onRedFlag }: Props) {
  const data = useTodayData();
  const { t, f } = useI18n();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [today] = useState(() => localToday(data.clock()));
  const [date, setDate] = useState(today);
  const [badDay, setBadDay] = useState(false);
  const day = useDayRecords(data, date);
  const checkin = useCheckinDraft(data, { accountId: account.id, date });
  const [doseTimes] = useState(() => loadReminderSettings(account.id).doseTimes.map(minutesOfDay));
  const kind = dayKind(date, today);
  const isToday = kind === 'today';
  // Opened from a link to urgent help on another screen (components/urgent-help-link.tsx).
  useEffect(() => {
    if (window.location.hash === URGENT_HELP_HASH) focusUrgentHelp();
  }, []);

  function switchMode(next: boolean) {
    setBadDay(next);
    // The new screen's heading takes focus, as on any screen change.
    requestAnimationFrame(() => document.getElementById(next ? 'bad-day-heading' : 'today-heading')?.focus());
  }

  if (badDay) {
    return (
      <BadDayScreen
        data={data}
        day={{ ...day, date, dateLine: t('today.dateLine', { day: f.weekday(date) }) }}
        screen={{ checkin, redFlags, onRedFlag, onBack: () => switchMode(false) }}
      />
    );
  }

  const prompt = isToday && day.prompt;
  return (
    <>
      <h1 id="today-heading" ref={heading} tabIndex={-1}>
        {kind === 'today'
          ? t('today.title')
          : kind === 'yesterday'
            ? t('today.titleYesterday')
            : t('today.titleEarlier', { day: f.weekday(date) })}
      </h1>
      <p>{t('today.dateLine', { day: f.weekday(date) })}</p>
      <DayPicker date={date} today={today} onPick={setDate} />
      {isToday ? (
        <div class="quick-row">
          <button
            type="button"
            class="button button--bad-day"
            aria-describedby="bad-day-hint"
            onClick={() => switchMode(true)}
          >
            {t('today.badDayButton')}
          </button>
          <p class="hint" id="bad-day-hint">
            {t('today.badDayHint')}
          </p>
        </div>
      ) : (
        <p class="notice">{t('today.pastNote', { day: f.weekday(date) })}</p>
      )}
      {prompt && (
        <p class="notice" data-testid="assessment-prompt">
          {promptWords(t, f, prompt)}{' '}
          <a class="jump-link" href="#/questionnaires">
            {t('today.promptLink')}
          </a>
        </p>
      )}
      {day.saved && (
        <TodaysPlan
          heading={kind === 'today' ? t('today.plan.heading') : t('today.planHeadingFor', { day: f.weekday(date) })}
          plan={day.saved.plan}
          step={day.step}
        />
      )}
      {day.noPlan && isToday && <NoPlanNote />}
      <DosePanel
        key={date}
        day={{ date, isToday, planned: day.planned, planMedicine: day.saved?.plan.medicationId ?? null, doseTimes }}
        doses={{ list: day.doses, onChange: day.setDoses }}
        env={{ data, nameOf: medicineName }}
      />
      <p>
        <a class="jump-link" href="#serious" onClick={jumpToSerious}>
          {t('today.jumpToSerious')}
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
      {isToday && <TodayInsightsSlot records={data.records} day={{ today, accountId: account.id }} />}
      <RedFlagSection flags={redFlags} onSelect={onRedFlag} />
    </>
  );
}
