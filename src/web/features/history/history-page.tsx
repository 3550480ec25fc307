import { useEffect, useState } from 'preact/hooks';
import type { AssessmentView } from '../../../api/assessment-schemas.js';
import type { AdherenceView } from '../../../api/dose-schemas.js';
import type { Account, Checkin, RedFlagView } from '../../../api/schemas.js';
import type { ApiFailure } from '../../../api/api-result.js';
import { addDays } from '../../../core/index.js';
import type { Local } from '../../data/outbox.js';
import { localToday } from '../../dates.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { DayList, type AdherenceDay } from './day-list.js';
import { EventsSection, type EventsLoad } from './events-section.js';
import { useHistoryData } from './history-data.js';
import { redFlagsByDay } from './red-flag-days.js';
import { RiskPanel } from './risk-panel.js';

interface Props {
  readonly account: Account;
  readonly supplyFlags: readonly RedFlagView[];
  readonly onRedFlag: (flag: RedFlagView) => void;
}

const DAYS = 14;

type Load =
  | { state: 'loading' }
  | { state: 'ready'; byDate: ReadonlyMap<string, Local<Checkin>> }
  | { state: 'failed'; error: ApiFailure };

/** Re-reads whenever entries leave the outbox, so "not sent yet" marks go once they are sent. */
function useHistory({ account, today, attempt }: { account: Account; today: string; attempt: number }) {
  const describeFailure = useDescribeFailure();
  const historyData = useHistoryData();
  const sent = historyData.useSentCount();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [adherence, setAdherence] = useState<AdherenceView | undefined>(undefined);
  const [events, setEvents] = useState<EventsLoad>({ state: 'loading' });
  const [assessments, setAssessments] = useState<readonly AssessmentView[]>([]);
  useEffect(() => {
    let live = true;
    const range = { from: addDays(today, -(DAYS - 1)), to: today };
    // A refresh after entries were sent keeps the list on screen instead of flashing "Loading".
    if (sent === 0) setLoad({ state: 'loading' });
    void historyData.adherence(range).then((result) => {
      if (live && result.ok) setAdherence(result.value);
    });
    void historyData.listCheckins(range).then((result) => {
      if (!live) return;
      if (result.ok) setLoad({ state: 'ready', byDate: new Map(result.value.map((c) => [c.date, c])) });
      else setLoad({ state: 'failed', error: result.error });
    });
    void historyData.listAssessments(range).then((result) => {
      if (live && result.ok) setAssessments(result.value);
    });
    void historyData.listEvents().then((result) => {
      if (!live) return;
      if (result.ok) setEvents({ state: 'ready', events: result.value });
      else setEvents({ state: 'failed', reason: describeFailure(result.error) });
    });
    return () => {
      live = false;
    };
  }, [account.id, today, attempt, sent]);
  return { load, adherence, events, assessments };
}

/** The person's serious events, then the last 14 days, newest first. */
export function HistoryPage({ account, supplyFlags, onRedFlag }: Props) {
  const describeFailure = useDescribeFailure();
  const { t } = useI18n();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const { clock } = useHistoryData();
  const [today] = useState(() => localToday(clock()));
  const [attempt, setAttempt] = useState(0);
  const { load, adherence, events, assessments } = useHistory({ account, today, attempt });
  const dates = Array.from({ length: DAYS }, (_, i) => addDays(today, -i));
  const adherenceByDate = new Map<string, AdherenceDay>(adherence?.days.map((d) => [d.date, d]));

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('history.title')}
      </h1>
      <p>{t('history.intro')}</p>
      {adherence && adherence.risks.length > 0 && (
        <RiskPanel adherence={adherence} supplyFlags={supplyFlags} onRedFlag={onRedFlag} />
      )}
      <EventsSection load={events} />
      {load.state === 'loading' && (
        <p class="status" role="status">
          {t('history.loadingList')}
        </p>
      )}
      {load.state === 'failed' && (
        <div class="stack">
          <p class="notice" role="alert">
            {t('history.loadFailed', { reason: describeFailure(load.error) })}
          </p>
          <button type="button" class="button" onClick={() => setAttempt(attempt + 1)}>
            {t('history.retry')}
          </button>
        </div>
      )}
      {load.state === 'ready' && (
        <DayList
          dates={dates}
          records={{
            checkins: load.byDate,
            adherence: adherenceByDate,
            redFlags: redFlagsByDay({
              checkins: [...load.byDate.values()],
              events: events.state === 'ready' ? events.events : [],
              assessments,
            }),
          }}
        />
      )}
    </>
  );
}
