import type { AdherenceView } from '../../../api/dose-schemas.js';
import type { Checkin } from '../../../api/schemas.js';
import { isSeverity, type RecordedRedFlag, type Severity } from '../../../core/index.js';
import type { Local } from '../../data/outbox.js';
import { messages } from '../../messages.js';
import { medicineName } from '../plan/plan-steps.js';
import { RedFlagLines } from './red-flag-lines.js';

export type AdherenceDay = AdherenceView['days'][number];

const NOTE_EXCERPT = 80;
const t = messages.history;

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

interface Props {
  readonly dates: readonly string[];
  readonly records: {
    readonly checkins: ReadonlyMap<string, Local<Checkin>>;
    readonly adherence: ReadonlyMap<string, AdherenceDay>;
    /** The day's red flags (events, questionnaire and check-in answers), with a way to urgent help. */
    readonly redFlags: ReadonlyMap<string, readonly RecordedRedFlag[]>;
  };
}

/** One row per day, newest first; a day without a check-in says so. */
export function DayList({ dates, records }: Props) {
  const { checkins, adherence, redFlags } = records;
  return (
    <ol class="history" data-testid="history-list">
      {dates.map((date, i) => {
        const checkin = checkins.get(date);
        const day = adherence.get(date);
        return (
          <li class={checkin ? 'history__day' : 'history__day history__day--empty'} key={date}>
            <h2 class="history__date">
              <time dateTime={date}>{t.dayHeading(date, i)}</time>
            </h2>
            {checkin ? <DaySummary checkin={checkin} doseLogged={(day?.intakes ?? 0) > 0} /> : <p>{t.noCheckin}</p>}
            {day && <DoseLines day={day} />}
            {(redFlags.get(date)?.length ?? 0) > 0 && <RedFlagLines marks={redFlags.get(date) ?? []} />}
          </li>
        );
      })}
    </ol>
  );
}
