import { useEffect, useState } from 'preact/hooks';
import type { AdherenceView } from '../../api/dose-schemas.js';
import type { Account, Checkin, RedFlagView } from '../../api/schemas.js';
import type { ApiFailure } from '../../api/client.js';
import { addDays } from '../../core/calendar-date.js';
import { isSeverity, type Severity } from '../../core/symptoms/symptom.js';
import { records, type Local } from '../offline/index.js';
import { useSentCount } from '../offline/use-sent.js';
import { localToday } from '../dates.js';
import { describeFailure } from '../errors.js';
import { messages } from '../messages.js';
import { medicineName } from '../features/plan/plan-form.js';
import { useScreenHeading } from '../use-screen-heading.js';

interface Props {
  readonly account: Account;
  readonly onSignedOut: () => void;
  readonly supplyFlags: readonly RedFlagView[];
  readonly onRedFlag: (flag: RedFlagView) => void;
}

type AdherenceDay = AdherenceView['days'][number];

const DAYS = 14;
const NOTE_EXCERPT = 80;
const t = messages.history;

type Load =
  | { state: 'loading' }
  | { state: 'ready'; byDate: ReadonlyMap<string, Local<Checkin>> }
  | { state: 'failed'; error: ApiFailure };

function excerpt(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  return flat.length <= NOTE_EXCERPT ? flat : `${flat.slice(0, NOTE_EXCERPT - 1).trimEnd()}…`;
}

/** How the day's doses compare with the plan, medicine by medicine (named when the day has two). */
function DoseLines({ day }: { readonly day: AdherenceDay }) {
  const named = day.medicines.length > 1;
  return (
    <>
      {day.medicines.map((m) => (
        <p class="history__dose" key={m.medicationId}>
          {messages.adherence.status(
            m.status,
            m.plannedMg,
            m.takenMg,
            named ? medicineName(m.medicationId) : undefined,
          )}
        </p>
      ))}
      {day.medicines.length === 0 && <p class="history__dose">{messages.adherence.status(day.status, null, 0)}</p>}
      {day.source === 'check-in' && <p class="hint">{messages.adherence.checkinSource}</p>}
    </>
  );
}

/** `doseLogged`: the dose log has this day, so its line (below) speaks for the dose, not the check-in's field. */
function DaySummary({ checkin, doseLogged }: { readonly checkin: Local<Checkin>; readonly doseLogged: boolean }) {
  const ratings = Object.values(checkin.symptoms).filter(isSeverity);
  const highest = ratings.length ? (Math.max(...ratings) as Severity) : undefined;
  const note = excerpt(checkin.note);
  return (
    <>
      <p>{t.symptomsLine(ratings.length, highest)}</p>
      <p>{doseLogged ? t.sleep(checkin.sleepHours) : t.sleepAndDose(checkin.sleepHours, checkin.doseMg)}</p>
      {note && <p class="history__note">{t.note(note)}</p>}
      {checkin.pending && <p class="not-sent">{t.notSent}</p>}
    </>
  );
}

/** The last 14 days, newest first; a day without a check-in says so. */
function RiskPanel({
  adherence,
  supplyFlags,
  onRedFlag,
}: { readonly adherence: AdherenceView } & Pick<Props, 'supplyFlags' | 'onRedFlag'>) {
  const a = messages.adherence;
  return (
    <section class="warnings stack" aria-labelledby="risk-heading" data-testid="adherence-risks">
      <h2 id="risk-heading">{a.riskHeading(adherence.risks.map((r) => r.code))}</h2>
      {adherence.risks.map((risk) => (
        <div class="stack" key={`${risk.from}-${risk.to}`}>
          <p>
            {risk.code === 'far_below_plan'
              ? a.farBelowIntro(risk.days, risk.from, risk.to)
              : a.riskIntro(risk.days, risk.from, risk.to)}
          </p>
          <ul>
            {risk.guidance.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      {supplyFlags.length > 0 && (
        <>
          <p>{a.supplyHeading}</p>
          <ul class="serious__list">
            {supplyFlags.map((flag) => (
              <li key={flag.kind}>
                <button type="button" class="button button--serious" onClick={() => onRedFlag(flag)}>
                  {flag.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function HistoryPage({ account, onSignedOut, supplyFlags, onRedFlag }: Props) {
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [today] = useState(localToday);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const sent = useSentCount();
  const dates = Array.from({ length: DAYS }, (_, i) => addDays(today, -i));
  const [adherence, setAdherence] = useState<AdherenceView | undefined>(undefined);
  const adherenceByDate = new Map<string, AdherenceDay>(adherence?.days.map((d) => [d.date, d]));

  useEffect(() => {
    let live = true;
    void records.adherence({ from: addDays(today, -(DAYS - 1)), to: today }).then((result) => {
      if (live && result.ok) setAdherence(result.value);
    });
    return () => {
      live = false;
    };
  }, [account.id, today, attempt, sent]);

  useEffect(() => {
    let live = true;
    // A refresh after entries were sent keeps the list on screen instead of flashing "Loading".
    if (sent === 0) setLoad({ state: 'loading' });
    void records.listCheckins({ from: addDays(today, -(DAYS - 1)), to: today }).then((result) => {
      if (!live) return;
      if (result.ok) setLoad({ state: 'ready', byDate: new Map(result.value.map((c) => [c.date, c])) });
      else if (result.error.code === 'unauthenticated') onSignedOut();
      else setLoad({ state: 'failed', error: result.error });
    });
    return () => {
      live = false;
    };
  }, [account.id, today, attempt, sent]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p>{t.intro}</p>
      {adherence && adherence.risks.length > 0 && (
        <RiskPanel adherence={adherence} supplyFlags={supplyFlags} onRedFlag={onRedFlag} />
      )}
      {load.state === 'loading' && (
        <p class="status" role="status">
          {t.loadingList}
        </p>
      )}
      {load.state === 'failed' && (
        <div class="stack">
          <p class="notice" role="alert">
            {t.loadFailed(describeFailure(load.error))}
          </p>
          <button type="button" class="button" onClick={() => setAttempt(attempt + 1)}>
            {t.retry}
          </button>
        </div>
      )}
      {load.state === 'ready' && (
        <ol class="history" data-testid="history-list">
          {dates.map((date, i) => {
            const checkin = load.byDate.get(date);
            return (
              <li class={checkin ? 'history__day' : 'history__day history__day--empty'} key={date}>
                <h2 class="history__date">
                  <time dateTime={date}>{t.dayHeading(date, i)}</time>
                </h2>
                {checkin ? (
                  <DaySummary checkin={checkin} doseLogged={(adherenceByDate.get(date)?.intakes ?? 0) > 0} />
                ) : (
                  <p>{t.noCheckin}</p>
                )}
                {(() => {
                  const day = adherenceByDate.get(date);
                  return day && <DoseLines day={day} />;
                })()}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
