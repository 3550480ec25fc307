import type { AdherenceView } from '../../../api/dose-schemas.js';
import type { Checkin } from '../../../api/schemas.js';
import type { RecordedRedFlag } from '../../../core/index.js';
import type { Local } from '../../data/outbox.js';
import { useI18n, type I18n } from '../../i18n/i18n-context.js';
import { doseFieldLine, sleepLine, symptomsLine } from '../../record-lines.js';
import { medicineName } from '../plan/plan-steps.js';
import { RedFlagLines } from './red-flag-lines.js';

export type AdherenceDay = AdherenceView['days'][number];
type Medicine = AdherenceDay['medicines'][number];

const NOTE_EXCERPT = 80;

function excerpt(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  return flat.length <= NOTE_EXCERPT ? flat : `${flat.slice(0, NOTE_EXCERPT - 1).trimEnd()}…`;
}

/** One medicine's day against the plan; `medicine` names it when the day has two (a switch). */
function statusLine({ t, f }: Pick<I18n, 't' | 'f'>, m: Medicine, medicine: string | undefined): string {
  const taken = f.mg(m.takenMg);
  const planned = f.mg(m.plannedMg ?? 0);
  const of = medicine === undefined ? undefined : { medicine: f.inText(medicine) };
  switch (m.status) {
    case 'as-planned':
      return of ? t('history.dose.asPlannedOf', { ...of, taken }) : t('history.dose.asPlanned', { taken });
    case 'less':
    case 'more':
      return of
        ? t('history.dose.differsOf', { ...of, taken, planned })
        : t('history.dose.differs', { taken, planned });
    case 'much-less':
      return of
        ? t('history.dose.muchLessOf', { ...of, taken, planned })
        : t('history.dose.muchLess', { taken, planned });
    case 'missed':
      return of ? t('history.dose.missedOf', of) : t('history.dose.missed');
    case 'not-recorded':
      return medicine ? t('history.dose.notRecordedOf', { medicine }) : t('history.dose.notRecorded');
    case 'no-plan':
      return m.takenMg > 0 ? t('history.dose.noPlanTook', { taken }) : t('history.dose.noPlanNone');
  }
}

/** How the day's doses compare with the plan, medicine by medicine (named when the day has two). */
function DoseLines({ day }: { readonly day: AdherenceDay }) {
  const i18n = useI18n();
  const named = day.medicines.length > 1;
  const none: Medicine = { medicationId: '', status: day.status, plannedMg: null, takenMg: 0 };
  return (
    <>
      {day.medicines.map((m) => (
        <p class="history__dose" key={m.medicationId}>
          {statusLine(i18n, m, named ? medicineName(m.medicationId) : undefined)}
        </p>
      ))}
      {day.medicines.length === 0 && <p class="history__dose">{statusLine(i18n, none, undefined)}</p>}
      {day.source === 'check-in' && <p class="hint">{i18n.t('history.dose.fromCheckin')}</p>}
    </>
  );
}

/** `doseLogged`: the dose log has this day, so its line (below) speaks for the dose, not the check-in's field. */
function DaySummary({ checkin, doseLogged }: { readonly checkin: Local<Checkin>; readonly doseLogged: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const note = excerpt(checkin.note);
  const sleep = sleepLine(i18n, checkin.sleepHours);
  return (
    <>
      <p>{symptomsLine(i18n, checkin.symptoms)}</p>
      <p>{doseLogged ? sleep : `${sleep} ${doseFieldLine(i18n, checkin.doseMg)}`}</p>
      {note && <p class="history__note">{t('record.note', { note })}</p>}
      {checkin.pending && <p class="not-sent">{t('history.notSent')}</p>}
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
  const { t, f } = useI18n();
  const heading = (date: string, daysAgo: number) => {
    const day = f.weekday(date);
    return daysAgo === 0 ? t('history.dayToday', { day }) : daysAgo === 1 ? t('history.dayYesterday', { day }) : day;
  };
  return (
    <ol class="history" data-testid="history-list">
      {dates.map((date, i) => {
        const checkin = checkins.get(date);
        const day = adherence.get(date);
        return (
          <li class={checkin ? 'history__day' : 'history__day history__day--empty'} key={date}>
            <h2 class="history__date">
              <time dateTime={date}>{heading(date, i)}</time>
            </h2>
            {checkin ? (
              <DaySummary checkin={checkin} doseLogged={(day?.intakes ?? 0) > 0} />
            ) : (
              <p>{t('history.noCheckin')}</p>
            )}
            {day && <DoseLines day={day} />}
            {(redFlags.get(date)?.length ?? 0) > 0 && <RedFlagLines marks={redFlags.get(date) ?? []} />}
          </li>
        );
      })}
    </ol>
  );
}
